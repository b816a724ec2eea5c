namespace Beacon.Web.Features.Surveys;

/// <summary>
/// One item's figures in one cell (a school's role group): how many answered it, their sum, and how
/// many chose each point of the scale. Running tallies and released figures both have this shape.
/// </summary>
public interface IItemFigures
{
    Guid SchoolId { get; }
    string RoleGroup { get; }
    Guid ItemId { get; }
    int Count { get; }
    long Sum { get; }
    int Chose1 { get; }
    int Chose2 { get; }
    int Chose3 { get; }
    int Chose4 { get; }
    int Chose5 { get; }
}
