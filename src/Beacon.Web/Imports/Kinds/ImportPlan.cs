namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// What an import would do: the counts and samples a person sees in the preview, every problem,
/// and the records to add or remove. Existing records it changes are changed in place, so the
/// same plan serves the preview (on untracked copies) and the apply (on tracked records).
/// </summary>
public sealed class ImportPlan
{
    public const int SampleSize = 10;

    public List<ImportProblem> Problems { get; } = [];
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    /// <summary>Rows read but not stored: students and guardians, disabled accounts, other kinds of org.</summary>
    public int Ignored { get; private set; }

    /// <summary>Facts the person should see before confirming, e.g. a school year or measure the import creates.</summary>
    public List<string> Notes { get; } = [];

    public List<PlannedRow> CreateSamples { get; } = [];
    public List<PlannedRow> UpdateSamples { get; } = [];

    public List<object> Added { get; } = [];
    public List<object> Removed { get; } = [];

    public bool IsValid => Problems.Count == 0;

    public void Problem(int line, string column, string reason, string? file = null) =>
        Problems.Add(new ImportProblem(line, column, reason) { File = file });

    public void Create(int line, string description, object entity)
    {
        Created++;
        Added.Add(entity);
        if (CreateSamples.Count < SampleSize)
        {
            CreateSamples.Add(new PlannedRow(line, description));
        }
    }

    public void Update(int line, string description)
    {
        Updated++;
        if (UpdateSamples.Count < SampleSize)
        {
            UpdateSamples.Add(new PlannedRow(line, description));
        }
    }

    public void Keep() => Unchanged++;

    public void Ignore() => Ignored++;

    /// <summary>Counts a row that was a create or an update depending on <paramref name="changed"/>.</summary>
    public void Record(bool isNew, bool changed, int line, string description, object entity)
    {
        if (isNew)
        {
            Create(line, description, entity);
        }
        else if (changed)
        {
            Update(line, description);
        }
        else
        {
            Keep();
        }
    }
}

/// <summary>A row shown in the preview: its line and what it is.</summary>
public sealed record PlannedRow(int Line, string Description);
