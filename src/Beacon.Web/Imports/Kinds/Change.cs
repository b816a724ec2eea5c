namespace Beacon.Web.Imports.Kinds;

/// <summary>Sets a value only when it differs, so an unchanged row leaves a record (and the audit log) untouched.</summary>
public static class Change
{
    public static bool Set<T>(T current, T value, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }
        set(value);
        return true;
    }
}
