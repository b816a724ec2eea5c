namespace Beacon.Web.Data.Interceptors;

/// <summary>
/// A record the <see cref="AuditInterceptor"/> leaves out of the audit log, because an audit entry
/// names who acted and when: anonymous survey answers must never sit beside either.
/// </summary>
public interface INotAudited;
