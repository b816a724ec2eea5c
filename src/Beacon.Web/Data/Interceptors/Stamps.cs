namespace Beacon.Web.Data.Interceptors;

// What a record says about its own making, filled in by the StampInterceptor from the same who and
// when the AuditInterceptor writes. A record whose column has another name (AddedAt, OpenedBy …)
// maps it with an explicit implementation, so the column keeps its name and meaning.

/// <summary>When the record was made: set once, when it is first saved, unless the code set it.</summary>
public interface ICreatedAt
{
    DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Who made the record: set once, when it is first saved, unless the code set it.</summary>
public interface ICreatedBy
{
    string CreatedBy { get; set; }
}

/// <summary>When the record last changed: set whenever it is saved with a change.</summary>
public interface IUpdatedAt
{
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Who last changed the record: set whenever it is saved with a change.</summary>
public interface IUpdatedBy
{
    string UpdatedBy { get; set; }
}
