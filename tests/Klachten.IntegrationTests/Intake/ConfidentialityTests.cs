using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.DependencyInjection;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

public sealed class ConfidentialityTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<Guid> RegisterAsAnnaAsync() =>
        (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();

    private async Task AssignAsync(Guid complaintId, string officer)
    {
        await using var scope = CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(
            new HandlerAssigned(complaintId, officer, null, Clock.GetUtcNow(), "kim"), CancellationToken.None);
        await unitOfWork.CommitAsync(CancellationToken.None);
        await Eventually(async () => await CountAsync(Db, "SELECT count(*) FROM intake.complaints WHERE id = @complaintId AND handling_officer = @officer",
            new { complaintId, officer }) == 1, "Intake has recorded the handling officer");
    }

    [Fact]
    public async Task The_registering_employee_sees_their_registration_with_complaint_text()
    {
        var id = await RegisterAsAnnaAsync();

        var complaint = await CreateClient("anna", Roles.Employee).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}");

        Assert.Equal("De medewerker was onbeleefd aan de telefoon.", complaint.GetProperty("description").GetString());
        Assert.Equal("J. de Vries", complaint.GetProperty("complainant").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(Roles.QualityManager)]
    [InlineData(Roles.Management)]
    public async Task The_quality_manager_and_management_see_every_complaint(string role)
    {
        var id = await RegisterAsAnnaAsync();

        Assert.Equal(HttpStatusCode.OK, (await CreateClient("boss", role).GetAsync($"{Complaints}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Another_employee_is_refused_and_the_refusal_is_audited()
    {
        var id = await RegisterAsAnnaAsync();

        var response = await CreateClient("bert", Roles.Employee).GetAsync($"{Complaints}/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("onbeleefd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'ComplaintReadRefused' AND actor = 'bert'"));
    }

    [Fact]
    public async Task A_complaints_officer_sees_the_complaint_only_once_Handling_assigned_them()
    {
        var id = await RegisterAsAnnaAsync();
        var karin = CreateClient("karin", Roles.ComplaintsOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await karin.GetAsync($"{Complaints}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await karin.GetAsync($"{Complaints}/{id}/correspondence")).StatusCode);

        await AssignAsync(id, "karin");

        var complaint = await karin.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}");
        Assert.Equal("karin", complaint.GetProperty("handlingOfficer").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("otto", Roles.ComplaintsOfficer).GetAsync($"{Complaints}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Every_read_of_details_is_audited_with_the_reader()
    {
        var id = await RegisterAsAnnaAsync();

        await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}/{id}");
        await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}/{id}/correspondence");

        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'ComplaintRead' AND actor = 'kees' AND subject_id = @id",
            new { id = id.ToString() }));
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'CorrespondenceRead' AND actor = 'kees'"));
    }

    [Fact]
    public async Task An_unknown_complaint_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Operations_staff_cannot_read_complaints()
    {
        var id = await RegisterAsAnnaAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("ops", Roles.Operations).GetAsync($"{Complaints}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("ops", Roles.Operations).GetAsync(Complaints)).StatusCode);
    }

    [Fact]
    public async Task The_list_has_summaries_without_complaint_text_and_each_user_sees_only_what_they_may()
    {
        await RegisterAsAnnaAsync();
        await RegisterAsAnnaAsync();
        await RegisterAsync(CreateClient("bert", Roles.Employee));

        var all = await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}?page=1&pageSize=2");
        var allText = await all.Content.ReadAsStringAsync();
        var page = System.Text.Json.JsonDocument.Parse(allText).RootElement;
        Assert.Equal(3, page.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain("onbeleefd", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("de Vries", allText, StringComparison.Ordinal);

        var bert = await CreateClient("bert", Roles.Employee).GetFromJsonAsync<System.Text.Json.JsonElement>(Complaints);
        Assert.Equal(1, bert.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task The_list_filters_on_status_and_receipt_dates()
    {
        var qm = CreateClient("kees", Roles.QualityManager);
        await RegisterAsync(qm, Form(receivedAt: "2026-02-27T10:00:00+01:00"));
        var march = (await RegisterAsync(qm)).GetProperty("id").GetGuid();
        await qm.PostAsJsonAsync($"{Complaints}/{march}/acknowledgement", new { channel = "Email" });

        var acknowledged = await qm.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}?status=Acknowledged");
        var february = await qm.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}?receivedFrom=2026-02-01&receivedTo=2026-02-28");

        Assert.Equal(march, Assert.Single(acknowledged.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("2026-02-27", Assert.Single(february.GetProperty("items").EnumerateArray()).GetProperty("receivedOn").GetString());
    }

    [Fact]
    public async Task Bad_list_query_values_are_named_together_in_one_400_and_dates_are_read_only_as_yyyy_MM_dd()
    {
        var response = await CreateClient("kees", Roles.QualityManager)
            .GetAsync($"{Complaints}?status=Lost&page=abc&pageSize=0&receivedFrom=02-03-2026&receivedTo=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "status", "page", "pageSize", "receivedFrom", "receivedTo" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}");
        }
    }

    [Fact]
    public async Task The_highest_page_number_is_an_empty_page_and_a_higher_one_is_400_not_an_overflow()
    {
        var qm = CreateClient("kees", Roles.QualityManager);
        await RegisterAsync(qm);

        var far = await qm.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}?page=1000000&pageSize=200");
        var beyond = await qm.GetAsync($"{Complaints}?page=2147483647&pageSize=200");

        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
        Assert.Equal(1, far.GetProperty("totalCount").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.True(System.Text.Json.JsonDocument.Parse(await beyond.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .TryGetProperty("page", out _));
    }

    [Fact]
    public async Task An_unknown_status_filter_is_400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}?status=Lost")).StatusCode);

    [Fact]
    public async Task Handling_finds_the_complainant_contact_through_the_directory()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(address: Address))).GetProperty("id").GetGuid();

        await using var scope = CreateScope();
        var contact = await scope.ServiceProvider.GetRequiredService<IComplaintDirectory>().GetContactAsync(id, CancellationToken.None);

        Assert.NotNull(contact);
        Assert.Equal(ComplaintReference.Format(2026, 1), contact.Reference);
        Assert.Equal("j.devries@example.com", contact.Email);
        Assert.Equal(new PostalAddress("Damrak 1", "1012 LG", "Amsterdam"), contact.Address);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IComplaintDirectory>().GetContactAsync(Guid.NewGuid(), CancellationToken.None));
    }
}
