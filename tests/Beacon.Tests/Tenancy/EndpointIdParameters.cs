using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Beacon.Tests.Tenancy;

// Longer than 300 lines: one reflection walk over every endpoint's ids (route, query, form, bound properties and forms); split, the cases would lose sight of each other.

public enum ParameterSource
{
    Route,
    Query,
    Form,
}

/// <summary>
/// One id an endpoint reads from its request: a route value, a query-string or form field (a
/// handler parameter, a bound property or a field of a bound form), and the kind of record it names.
/// <see cref="IsDictionaryKey"/>: the id is the key of a posted dictionary (<c>Answers[id]=4</c>).
/// </summary>
public sealed record IdParameter(string Name, ParameterSource Source, string Kind, bool IsDictionaryKey = false);

/// <summary>One handler of one endpoint (a page handler, or a minimal endpoint for one HTTP method) and the ids it reads.</summary>
public sealed record SweepTarget(
    RouteEndpoint Endpoint, string Method, string? Handler, IReadOnlyList<string> RouteValues, IReadOnlyList<IdParameter> Ids, IReadOnlyList<string> Unmapped)
{
    public string Template => "/" + (Endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public override string ToString() => $"{Method} {Template}{(Handler is null ? "" : $" (handler {Handler})")}";
}

/// <summary>
/// Finds every id parameter of every endpoint by reflection over the endpoint metadata: route
/// template values, page handler parameters, <c>[BindProperty]</c> properties (and the fields of
/// bound forms, lists and dictionaries, to three levels), and the parameters of minimal endpoints.
/// Every <see cref="Guid"/> is an id; an <see cref="int"/> or <see cref="long"/> is one when its
/// name ends in "Id". The kind of record a parameter names comes from its name by convention
/// (<c>schoolId</c>, <c>school</c> and <c>schoolIds</c> name a School), else from
/// <see cref="Exceptions"/>; a parameter neither maps is reported, so a new one fails the sweep
/// until it is taught here.
/// </summary>
public static class EndpointIdParameters
{
    /// <summary>The kind of a parameter that may name a record of any kind (a route's <c>{id}</c>): it is fed every kind.</summary>
    public const string AnyKind = "*";

    /// <summary>
    /// Names the convention does not map, by "template:name" (for one endpoint) or by name alone.
    /// </summary>
    public static readonly Dictionary<string, string> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = AnyKind,
        ["itemId"] = AnyKind,
        ["year"] = "SchoolYear",
        ["goal"] = "PlanGoal",
        ["goalId"] = "PlanGoal",
        ["version"] = "FrameworkVersion",
        ["versionId"] = "FrameworkVersion",
        ["domain"] = "FrameworkDomain",
        ["domainId"] = "FrameworkDomain",
        ["supporting"] = "School",
        ["supported"] = "School",
        ["SupportedSchoolId"] = "School",
        ["SupportingSchoolId"] = "School",
        ["FromSchoolId"] = "School",
        ["ToSchoolId"] = "School",
        ["MetricMeasureId"] = "Measure",
        ["ResultsMeasureId"] = "Measure",
        ["Present"] = "CommunityMember",
        ["Answers"] = "SurveyItem",
        ["/Staffing/Allocations/Compare:Ids"] = "AllocationScenario",
        ["CopyFromId"] = "Survey",
        ["/Communities/Meetings/Run/{id:guid}:MemberId"] = "CommunityMember",
        ["DistrictPlanId"] = "Plan",
        ["DistrictGoalId"] = "PlanGoal",
        ["/Learning/Roster/{id:guid}:Minutes"] = "Registration",
        ["sessionId"] = "LearningSession",
        ["/Learning/External:Credits"] = "CreditType",
        ["/Learning/External/Index:Credits"] = "CreditType",
        ["/Learning:Credit"] = "CreditType",
        ["/Learning/Index:Credit"] = "CreditType",
        ["menteeId"] = "StaffMember",
        ["mentorId"] = "StaffMember",
    };

    /// <summary>
    /// The kind of a route's <c>{id}</c> where the template's folder does not say it, by template or
    /// the start of one (the longest that fits wins); needed only when the handler also reads other
    /// ids (they are tried against a record of the signed-in district).
    /// </summary>
    public static readonly Dictionary<string, string> RouteIdKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/SelfAssessment/"] = "AssessmentCycle",
        ["/Staffing/Allocations/"] = "AllocationScenario",
        ["/Staffing/Incentives/"] = "IncentiveRule",
        ["/Frameworks/"] = "Framework",
        ["/Plans/Measures/"] = "PlanMeasure",
        ["/Plans/Reviews/"] = "ProgressReview",
        ["/Plans/Feedback/"] = "Plan",
        ["/Plans/Budgets/"] = "Plan",
        ["/Plans/Goals/"] = "PlanGoal",
        ["/Plans/Actions/"] = "PlanAction",
        ["/Surveys/"] = "Survey",
        ["/Imports/"] = "ImportRun",
        ["/Users/"] = "User",
        ["/Staff/"] = "StaffMember",
        ["/Learning/Roster/"] = "LearningSession",
        ["/Mentoring/Programmes/"] = "MentoringProgramme",
        ["/Mentoring/Pairings/"] = "Pairing",
        ["/Mentoring/Coaching/Cycles/"] = "Pairing",
        ["/Research/"] = "ResearchProject",
    };

    public static IEnumerable<SweepTarget> Targets(IEnumerable<RouteEndpoint> endpoints, IReadOnlyCollection<string> kinds)
    {
        foreach (var endpoint in endpoints)
        {
            var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                var handlers = page.HandlerMethods.Count > 0
                    ? page.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), Name: string.IsNullOrEmpty(h.Name) ? null : h.Name, Parameters: h.Parameters.Cast<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor>().ToList()))
                    : [("GET", null, [])];
                foreach (var (method, name, parameters) in handlers.DistinctBy(h => (h.Method, h.Name)))
                {
                    var found = new List<(string Name, Type Type, ParameterSource Source)>();
                    foreach (var parameter in parameters)
                    {
                        found.Add((parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, SourceOf(parameter.BindingInfo, method)));
                    }
                    foreach (var property in page.BoundProperties.OfType<PageBoundPropertyDescriptor>())
                    {
                        var source = SourceOf(property.BindingInfo, method);
                        var explicitSource = property.BindingInfo?.BindingSource is { } declared && (declared == BindingSource.Query || declared == BindingSource.Path);
                        if (method == "GET" && !explicitSource && !SupportsGet(property.Property))
                        {
                            // A bound property binds on a GET only when it says so.
                            continue;
                        }
                        found.Add((property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType, source));
                    }
                    yield return Target(endpoint, method, name, routeValues, found, kinds);
                }
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } http)
            {
                var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
                foreach (var method in http.HttpMethods.Where(m => m is "GET" or "POST"))
                {
                    var found = (handler?.GetParameters() ?? [])
                        .Where(p => p.GetCustomAttribute<FromServicesAttribute>() is null && IdShape(p.ParameterType) is not null)
                        .Select(p => (p.GetCustomAttribute<FromFormAttribute>()?.Name ?? p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, p.ParameterType,
                            p.GetCustomAttribute<FromFormAttribute>() is not null ? ParameterSource.Form : ParameterSource.Query))
                        .ToList();
                    yield return Target(endpoint, method, null, routeValues, found, kinds);
                }
            }
        }
    }

    private static SweepTarget Target(RouteEndpoint endpoint, string method, string? handler, List<string> routeValues,
        List<(string Name, Type Type, ParameterSource Source)> found, IReadOnlyCollection<string> kinds)
    {
        var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        var ids = new List<IdParameter>();
        var unmapped = new List<string>();
        var flattened = found.SelectMany(f => Flatten(f.Name, f.Type, 0).Select(x => (x.Name, x.Leaf, x.IsDictionaryKey, f.Source)));
        var routeIds = routeValues.Where(r => !SweepSamples.NonIdRouteValues.ContainsKey(r)).Select(r => (Name: r, Leaf: r, IsDictionaryKey: false, Source: ParameterSource.Route));
        foreach (var (name, leaf, isKey, declared) in routeIds.Concat(flattened))
        {
            var source = routeValues.Contains(name, StringComparer.OrdinalIgnoreCase) ? ParameterSource.Route : declared;
            if (ids.Any(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (KindOf(template, leaf, kinds) is { } kind)
            {
                ids.Add(new IdParameter(name, source, kind, isKey));
            }
            else
            {
                unmapped.Add(name);
            }
        }
        return new SweepTarget(endpoint, method, handler, routeValues, ids, unmapped);
    }

    /// <summary>The kind of record a parameter named <paramref name="leaf"/> names, or null when neither the convention nor an exception says.</summary>
    public static string? KindOf(string template, string leaf, IReadOnlyCollection<string> kinds)
    {
        if (Exceptions.TryGetValue($"{template}:{leaf}", out var kind) || Exceptions.TryGetValue(leaf, out kind))
        {
            return kind;
        }
        var stem = leaf.EndsWith("Ids", StringComparison.OrdinalIgnoreCase) ? leaf[..^3]
            : leaf.EndsWith("Id", StringComparison.OrdinalIgnoreCase) ? leaf[..^2]
            : leaf;
        foreach (var singular in Singulars(stem).Where(s => s.Length > 0))
        {
            // The kind of that name, or the one kind whose name ends with it (tierId: SupportTier).
            var ending = kinds.Where(k => k.EndsWith(singular, StringComparison.OrdinalIgnoreCase)).ToList();
            if ((kinds.FirstOrDefault(k => k.Equals(singular, StringComparison.OrdinalIgnoreCase)) ?? (ending.Count == 1 ? ending[0] : null)) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// The kind of a route's <c>{id}</c> on <paramref name="template"/>: from <see cref="RouteIdKinds"/>, else the
    /// nearest folder before it whose singular is a kind's name, or the end of exactly one kind's name.
    /// </summary>
    public static string? RouteIdKind(string template, IReadOnlyCollection<string> kinds)
    {
        if (RouteIdKinds.Where(k => template.StartsWith(k.Key, StringComparison.OrdinalIgnoreCase)).OrderByDescending(k => k.Key.Length)
                .Select(k => k.Value).FirstOrDefault() is { } kind)
        {
            return kind;
        }
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(segments, s => s.StartsWith("{id", StringComparison.OrdinalIgnoreCase));
        foreach (var segment in segments.Take(at < 0 ? segments.Length : at).Reverse().Where(s => !s.Contains('{')))
        {
            foreach (var singular in Singulars(segment))
            {
                var exact = kinds.FirstOrDefault(k => k.Equals(singular, StringComparison.OrdinalIgnoreCase));
                var ending = kinds.Where(k => k.EndsWith(singular, StringComparison.OrdinalIgnoreCase)).ToList();
                if ((exact ?? (ending.Count == 1 ? ending[0] : null)) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private static IEnumerable<string> Singulars(string word) =>
        new[] { word, word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "y" : word, word.TrimEnd('s', 'S') }.Distinct();

    private static ParameterSource SourceOf(BindingInfo? binding, string method) =>
        binding?.BindingSource == BindingSource.Query ? ParameterSource.Query
        : binding?.BindingSource == BindingSource.Path ? ParameterSource.Route
        : method == "GET" ? ParameterSource.Query : ParameterSource.Form;

    private static bool SupportsGet(PropertyInfo property) =>
        property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet
        ?? property.DeclaringType?.GetCustomAttribute<BindPropertiesAttribute>()?.SupportsGet
        ?? false;

    private enum Shape
    {
        Id,
        Ids,
        KeyedById,
    }

    private static Shape? IdShape(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(Guid) || plain == typeof(int) || plain == typeof(long))
        {
            return Shape.Id;
        }
        if (plain.IsGenericType && plain.GetGenericArguments() is [var key, _] && typeof(IDictionary).IsAssignableFrom(plain) && key == typeof(Guid))
        {
            return Shape.KeyedById;
        }
        return ElementOf(plain) is { } element && IdShape(element) == Shape.Id ? Shape.Ids : null;
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The id fields of a value bound under <paramref name="name"/>: itself, or the fields of a form, a list's first element, to three levels.</summary>
    private static IEnumerable<(string Name, string Leaf, bool IsDictionaryKey)> Flatten(string name, Type type, int depth)
    {
        var leaf = name[(name.LastIndexOf('.') + 1)..].Replace("[0]", "", StringComparison.Ordinal);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        switch (IdShape(type))
        {
            case Shape.Id or Shape.Ids:
                // A number is an id only when its name says so; a Guid always is.
                var element = ElementOf(plain) ?? plain;
                var isGuid = (Nullable.GetUnderlyingType(element) ?? element) == typeof(Guid);
                if (isGuid || leaf.Equals("id", StringComparison.OrdinalIgnoreCase) || leaf.EndsWith("Id", StringComparison.Ordinal) || leaf.EndsWith("Ids", StringComparison.Ordinal))
                {
                    yield return (name, leaf, false);
                }
                yield break;
            case Shape.KeyedById:
                yield return (name, leaf, true);
                yield break;
        }
        if (depth >= 3 || plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            && ElementOf(plain) is null || typeof(Microsoft.AspNetCore.Http.IFormFile).IsAssignableFrom(plain))
        {
            yield break;
        }
        if (ElementOf(plain) is { } item)
        {
            foreach (var inner in Flatten($"{name}[0]", item, depth + 1))
            {
                yield return inner;
            }
            yield break;
        }
        foreach (var property in plain.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            foreach (var inner in Flatten($"{name}.{property.Name}", property.PropertyType, depth + 1))
            {
                yield return inner;
            }
        }
    }
}
