using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Klachten.Host.Endpoints;

/// <summary>
/// Who is logged in and who is who, for a front end's start screen and its pickers (an officer to assign). Both come from the
/// staff directory (ADR 0015) and, for what a user may do, from the endpoints' own authorization metadata, so that a new
/// module's operations show up without a change here.
/// </summary>
internal static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Staff").RequireAuthorization();
        group.MapGet("/me", Me).WithName("GetMe").WithSummary("Who am I").WithDescription(
            "The logged-in user: user name, display name, the roles of the login, and per module the operations those roles may "
            + "call (operation ids of this document). A complaint of someone else's may still be refused (403) for its content.");
        group.MapGet("/staff", Staff).WithName("ListStaff").WithSummary("List staff").WithDescription(
            "The office's people from the staff directory: user name, display name, e-mail address and roles, by display name. "
            + "With role, only those who hold it (e.g. role=ComplaintsOfficer: the officers a case can be assigned to).");
        return endpoints;
    }

    private static async Task<Ok<MeDto>> Me(
        ICurrentUser user, IStaffDirectory staff, EndpointDataSource endpoints, IServiceProvider services)
    {
        var modules = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var operation in ModuleOperation.All(endpoints))
        {
            var operations = modules.TryGetValue(operation.Module, out var found) ? found : modules[operation.Module] = [];
            var roles = await EndpointRoles.RolesAsync(operation.Endpoint.Metadata, services);
            if (roles is null || roles.Any(user.IsInRole))
            {
                operations.Add(operation.Name);
            }
        }

        return TypedResults.Ok(new MeDto(user.UserName, staff.NameOf(user.UserName), user.Roles.Order(StringComparer.Ordinal).ToArray(),
            [.. modules.Select(m => new ModuleAllowanceDto(m.Key, [.. m.Value.Order(StringComparer.Ordinal)]))]));
    }

    private static Ok<IReadOnlyList<StaffMember>> Staff(
        IStaffDirectory staff,
        [Description("Only those who hold this role (any letter case).")][OneOf(typeof(Roles))] string? role)
    {
        if (!string.IsNullOrWhiteSpace(role) && !Roles.All.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["role"] = [$"The role must be one of: {string.Join(", ", Roles.All)}."],
            });
        }

        return TypedResults.Ok(staff.Members(string.IsNullOrWhiteSpace(role) ? null : role.Trim()));
    }
}

/// <summary>The logged-in user and what their roles let them call, per module.</summary>
internal sealed record MeDto(
    string UserName, string DisplayName, [property: OneOf(typeof(Roles))] IReadOnlyList<string> Roles, IReadOnlyList<ModuleAllowanceDto> Modules);

/// <summary>
/// A module (the document's tag) and the operations (operation ids) the user's roles may call there. The document lists the
/// modules and operation ids these can hold from the same endpoints (OperationNamesSchemaTransformer).
/// </summary>
internal sealed record ModuleAllowanceDto(string Module, IReadOnlyList<string> Operations);

/// <summary>A named endpoint as /api/me lists it: its module (its first tag), its name (the operation id) and its short label.</summary>
internal sealed record ModuleOperation(string Module, string Name, string? Summary, Endpoint Endpoint)
{
    public static IEnumerable<ModuleOperation> All(EndpointDataSource endpoints) =>
        from endpoint in endpoints.Endpoints
        let name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()
        let tags = endpoint.Metadata.GetMetadata<ITagsMetadata>()?.Tags
        where name is not null && tags is [_, ..]
        select new ModuleOperation(tags[0], name.EndpointName, endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary, endpoint);
}
