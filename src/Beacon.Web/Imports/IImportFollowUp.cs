namespace Beacon.Web.Imports;

/// <summary>
/// Work a feature does when an import has been applied, in the import's transaction (so figures and
/// what they decide commit together). Features register it with <c>AddImportFollowUp</c>, so the
/// pipeline in plumbing never names a feature. It must write nothing when nothing changed.
/// </summary>
public interface IImportFollowUp
{
    Task AfterImportAsync(ImportKind kind, CancellationToken cancellationToken);
}

public static class ImportFollowUps
{
    public static IServiceCollection AddImportFollowUp<TFollowUp>(this IServiceCollection services)
        where TFollowUp : class, IImportFollowUp =>
        services.AddScoped<IImportFollowUp, TFollowUp>();
}
