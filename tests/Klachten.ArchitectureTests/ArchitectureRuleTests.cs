using Klachten.ArchitectureTests.Samples.Wrong.Application;
using Klachten.ArchitectureTests.Samples.Wrong.Domain;
using Klachten.ArchitectureTests.Samples.Wrong.Endpoints;
using Klachten.ArchitectureTests.Samples.Wrong.Infrastructure;

namespace Klachten.ArchitectureTests;

public sealed class ArchitectureRuleTests
{
    private const string WrongModule = "Klachten.ArchitectureTests.Samples.Wrong";
    private static readonly Type[] WrongTypes = typeof(LeakyCommand).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith(WrongModule, StringComparison.Ordinal) == true).ToArray();

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_references_other_modules_only_through_their_contracts(string name) =>
        Assert.Empty(Rules.ReferencesToOtherModulesInternals(Modules.Named(name).Module));

    [Fact]
    public void The_module_reference_rule_bites_on_an_assembly_that_references_module_internals() =>
        // The host composes the modules, so it references their assemblies: for a module that would be wrong.
        Assert.Contains("Klachten.Modules.Intake", Rules.ReferencesToOtherModulesInternals(typeof(Program).Assembly));

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Contracts_depend_on_nothing_of_ours(string name) =>
        Assert.Empty(Rules.ContractsDependenciesOnOurCode(Modules.Named(name).Contracts));

    [Fact]
    public void The_contracts_rule_bites_on_an_assembly_that_depends_on_our_code() =>
        Assert.Contains("Klachten.BuildingBlocks", Rules.ContractsDependenciesOnOurCode(typeof(Modules).Assembly));

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void The_domain_depends_on_no_infrastructure_library_and_no_outer_layer(string name)
    {
        var module = Modules.Named(name);
        Assert.Empty(Rules.ImpureDomainTypes(module.Module, module.Module.GetName().Name!));
    }

    [Fact]
    public void The_domain_rule_bites_on_a_domain_type_using_Npgsql_or_the_application_layer()
    {
        var failing = Rules.ImpureDomainTypes(typeof(LeakyCommand).Assembly, WrongModule);

        Assert.Contains(typeof(ComplaintThatTalksToTheDatabase).FullName, failing);
        Assert.Contains(typeof(ComplaintThatKnowsItsUseCase).FullName, failing);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Use_cases_do_not_depend_on_infrastructure_endpoints_or_ASP_NET(string name)
    {
        var module = Modules.Named(name);
        Assert.Empty(Rules.ApplicationTypesDependingOnOuterLayers(module.Module, module.Module.GetName().Name!));
    }

    [Fact]
    public void The_layer_rule_bites_on_a_use_case_that_reaches_into_infrastructure() =>
        Assert.Contains(typeof(LeakyCommandHandler).FullName, Rules.ApplicationTypesDependingOnOuterLayers(typeof(LeakyCommand).Assembly, WrongModule));

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Handlers_and_validators_are_not_public(string name) =>
        Assert.Empty(Rules.PublicHandlersAndValidators(Modules.Named(name).Module.GetTypes()));

    [Fact]
    public void The_visibility_rule_bites_on_public_handlers_and_validators() =>
        Assert.Equal(
            [typeof(EverythingFetcher).FullName, typeof(LeakyCommandHandler).FullName, typeof(LeakyCommandRules).FullName],
            Rules.PublicHandlersAndValidators(WrongTypes).Order());

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Only_the_module_registration_is_public(string name) =>
        Assert.Empty(Rules.PublicTypesBesidesRegistration(Modules.Named(name).Module.GetTypes(), $"{name}Module"));

    [Fact]
    public void The_internal_by_default_rule_bites_on_public_types() =>
        Assert.Contains(typeof(ComplaintThatTalksToTheDatabase).FullName, Rules.PublicTypesBesidesRegistration(WrongTypes, "WrongModule"));

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Commands_queries_handlers_and_validators_are_named_for_what_they_are(string name) =>
        Assert.Empty(Rules.BadlyNamedRequestTypes(Modules.Named(name).Module.GetTypes()));

    [Fact]
    public void The_naming_rule_bites_on_a_badly_named_query_handler_and_validator()
    {
        var failing = Rules.BadlyNamedRequestTypes(WrongTypes);

        Assert.Contains(failing, f => f.StartsWith(typeof(EverythingFetcher).FullName + ":", StringComparison.Ordinal));
        Assert.Contains(failing, f => f.StartsWith(typeof(LeakyCommandRules).FullName + ":", StringComparison.Ordinal));
        Assert.Contains(failing, f => f.StartsWith(typeof(FetchEverything).FullName + ":", StringComparison.Ordinal));
        Assert.DoesNotContain(failing, f => f.StartsWith(typeof(LeakyCommandHandler).FullName + ":", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Command_handlers_get_typed_commands_and_parse_no_text(string name) =>
        Assert.Empty(Rules.CommandsCarryingText(Modules.Named(name).Module));

    [Fact]
    public void The_typed_command_rule_bites_on_a_command_with_a_text_date_and_a_handler_that_parses()
    {
        var failing = Rules.CommandsCarryingText(typeof(LeakyCommand).Assembly);
        var handler = typeof(TextCommandHandler).FullName;

        Assert.Contains(failing, f => f.StartsWith($"{typeof(TextCommand).FullName}.{nameof(TextCommand.DueOn)}:", StringComparison.Ordinal));
        Assert.Contains(failing, f => f.StartsWith($"{handler}: calls EnumNames.Parse", StringComparison.Ordinal));
        Assert.Contains(failing, f => f.StartsWith($"{handler}: calls QueryValues.Date", StringComparison.Ordinal));
        Assert.DoesNotContain(failing, f => f.StartsWith(typeof(LeakyCommand).FullName!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Endpoints_depend_on_neither_infrastructure_nor_mail_delivery(string name)
    {
        var module = Modules.Named(name);
        Assert.Empty(Rules.EndpointTypesDependingOnInfrastructure(module.Module, module.Module.GetName().Name!));
    }

    [Fact]
    public void The_endpoint_rule_bites_on_endpoints_that_send_mail_or_reach_into_infrastructure()
    {
        var failing = Rules.EndpointTypesDependingOnInfrastructure(typeof(LeakyCommand).Assembly, WrongModule);

        Assert.Contains(typeof(EndpointThatSendsMail).FullName, failing);
        Assert.Contains(typeof(EndpointThatReadsTheDatabase).FullName, failing);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_modules_SQL_names_no_other_modules_schema(string name)
    {
        var module = Modules.Named(name);
        var otherSchemas = Modules.All.Where(m => m != module).Select(m => m.Schema).ToList();

        Assert.Empty(Rules.SqlNamingOtherSchemas(module.Module.GetTypes(), Rules.EmbeddedSql(module.Module), otherSchemas));
    }

    [Fact]
    public void The_schema_rule_bites_on_a_const_string_and_a_migration_naming_another_modules_schema()
    {
        var failing = Rules.SqlNamingOtherSchemas(WrongTypes, Rules.EmbeddedSql(typeof(LeakyCommand).Assembly),
            [.. Modules.All.Select(m => m.Schema)]);

        Assert.Equal(
            [$"{typeof(ComplaintQueries).FullName}.{nameof(ComplaintQueries.WithComplainant)}: intake",
             "Klachten.ArchitectureTests.Samples.Wrong.Migrations.0001_wrong_module.sql: handling"],
            failing.Order());
    }
}
