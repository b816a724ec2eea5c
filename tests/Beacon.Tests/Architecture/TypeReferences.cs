using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Beacon.Tests.Architecture;

/// <summary>One type naming another in the compiled assembly, and where (a field, a signature, an instruction).</summary>
public sealed record TypeReferenceFound(string From, string To, string Where)
{
    public override string ToString() => $"{From} → {To} ({Where})";
}

/// <summary>
/// Every type a compiled type names: base type, interfaces, attributes, fields, properties, events,
/// method signatures, locals and the operands of every instruction, generic arguments included.
/// Compiler-made types (closures, async state machines, local functions) are nested in the type whose
/// code they hold, so they count as that type. Reads IL, so it sees what the compiler emitted, whatever
/// the source spelled (a using, a fully qualified name, a <c>var</c>).
/// </summary>
public static class TypeReferences
{
    public static ModuleDefinition ReadBeaconWeb() =>
        ModuleDefinition.ReadModule(typeof(Program).Assembly.Location, new ReaderParameters { ReadSymbols = false });

    /// <summary>The namespace a type lives in, through nesting: a closure inside DistrictProvisioner lives in Beacon.Web.Tenancy.</summary>
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type.Namespace;
    }

    /// <summary>The outermost type's full name with '+' for nesting, as reflection writes it.</summary>
    public static string NameOf(TypeReference type) => type.FullName.Replace('/', '+');

    public static IEnumerable<TypeReferenceFound> From(ModuleDefinition module, Func<TypeDefinition, bool> include)
    {
        foreach (var type in module.GetTypes().Where(include))
        {
            foreach (var (target, where) in Named(type))
            {
                foreach (var leaf in Leaves(target))
                {
                    yield return new TypeReferenceFound(NameOf(type), NameOf(leaf), where);
                }
            }
        }
    }

    private static IEnumerable<(TypeReference Type, string Where)> Named(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return (type.BaseType, "base type");
        }
        foreach (var contract in type.Interfaces)
        {
            yield return (contract.InterfaceType, "interface");
        }
        foreach (var found in Attributes(type.CustomAttributes, "attribute"))
        {
            yield return found;
        }
        foreach (var field in type.Fields)
        {
            yield return (field.FieldType, $"field {field.Name}");
            foreach (var found in Attributes(field.CustomAttributes, $"field {field.Name}"))
            {
                yield return found;
            }
        }
        foreach (var property in type.Properties)
        {
            yield return (property.PropertyType, $"property {property.Name}");
            foreach (var found in Attributes(property.CustomAttributes, $"property {property.Name}"))
            {
                yield return found;
            }
        }
        foreach (var @event in type.Events)
        {
            yield return (@event.EventType, $"event {@event.Name}");
        }
        foreach (var method in type.Methods)
        {
            foreach (var found in InMethod(method))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<(TypeReference Type, string Where)> InMethod(MethodDefinition method)
    {
        var where = $"method {method.Name}";
        yield return (method.ReturnType, where);
        foreach (var parameter in method.Parameters)
        {
            yield return (parameter.ParameterType, where);
            foreach (var found in Attributes(parameter.CustomAttributes, where))
            {
                yield return found;
            }
        }
        foreach (var constraint in method.GenericParameters.SelectMany(p => p.Constraints))
        {
            yield return (constraint.ConstraintType, where);
        }
        foreach (var found in Attributes(method.CustomAttributes, where))
        {
            yield return found;
        }
        if (!method.HasBody)
        {
            yield break;
        }
        foreach (var variable in method.Body.Variables)
        {
            yield return (variable.VariableType, where);
        }
        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var type in Operand(instruction))
            {
                yield return (type, where);
            }
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                yield return type;
                break;
            case MethodReference called:
                yield return called.DeclaringType;
                yield return called.ReturnType;
                foreach (var parameter in called.Parameters)
                {
                    yield return parameter.ParameterType;
                }
                if (called is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        yield return argument;
                    }
                }
                break;
            case FieldReference field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
            case CallSite site:
                yield return site.ReturnType;
                foreach (var parameter in site.Parameters)
                {
                    yield return parameter.ParameterType;
                }
                break;
        }
    }

    private static IEnumerable<(TypeReference Type, string Where)> Attributes(IEnumerable<CustomAttribute> attributes, string where)
    {
        foreach (var attribute in attributes)
        {
            yield return (attribute.AttributeType, where);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
            {
                if (argument.Value is TypeReference named)
                {
                    yield return (named, where);
                }
            }
        }
    }

    /// <summary>The named types inside a reference: List&lt;School[]&gt; names List and School.</summary>
    private static IEnumerable<TypeReference> Leaves(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var leaf in Leaves(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Leaves)))
                {
                    yield return leaf;
                }
                break;
            case TypeSpecification specification:
                // Arrays, by-ref, pointers, modifiers.
                foreach (var leaf in Leaves(specification.ElementType))
                {
                    yield return leaf;
                }
                break;
            default:
                yield return type;
                break;
        }
    }
}
