using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Every endpoint the service maps × every kind of caller × an object inside and one outside the
/// caller's scope. Only the intended calls succeed; everything else answers 401 (not signed in) or 404
/// (signed in, but the role or the object is not the caller's), never 403, so a refusal tells nothing.
/// The rows are keyed by "METHOD route": a new endpoint fails the test until it has a row here.
/// </summary>
public abstract class AuthorizationMatrixTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    private const string Applications = "/api/v1/applications/{id:guid}";

    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private HttpClient _awayResident = null!;
    private HttpClient _awayCaseworker = null!;
    private HttpClient _homeDecider = null!;
    private HttpClient _awayDecider = null!;

    private enum Caller
    {
        Anonymous,
        Resident,
        CaseworkerOfTheDepartment,
        CaseworkerOfAnotherDepartment,
        SupervisorOfTheRegion,
        SupervisorOfAnotherRegion,
        Administrator,
    }

    /// <summary>What the object of a row is: none, or an application, export or notification that belongs to one side.</summary>
    private enum Scope
    {
        None,
        Application,
        Export,
        Notification,
        Household,
        Lead,
        HelpRequest,
        Attachment,
        Document,
    }

    /// <summary>What an allowed call must answer: a 2xx, or (sign-in steps given deliberately wrong input) any answer but a refusal or a 5xx.</summary>
    private enum Outcome
    {
        Success,
        Handled,
    }

    /// <summary>The state a fresh application is brought to before a row's action, so that the allowed caller's call succeeds.</summary>
    private enum Stage
    {
        Shared,
        Submitted,
        Accepted,
        InformationRequested,
        ExtensionRequested,
        Decided,
        PoorlyRated,

        /// <summary>Refused by a colleague of the caseworker (复核 is never the decider's).</summary>
        Refused,

        /// <summary>Refused by a colleague, then appealed by its resident.</summary>
        Appealed,
    }

    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();
    private static readonly Caller[] SignedIn = [.. Everyone.Skip(1)];
    private static readonly Caller[] Residents = [Caller.Resident];
    private static readonly Caller[] Caseworkers = [Caller.CaseworkerOfTheDepartment, Caller.CaseworkerOfAnotherDepartment];
    private static readonly Caller[] Supervisors = [Caller.SupervisorOfTheRegion, Caller.SupervisorOfAnotherRegion];
    private static readonly Caller[] Administrators = [Caller.Administrator];
    private static readonly Caller[] Staff = [.. Caseworkers, .. Supervisors, Caller.Administrator];
    private static readonly Caller[] ApplicationReaders = [Caller.Resident, .. Caseworkers, .. Supervisors];
    private static readonly Caller[] JobReaders = [.. Supervisors, Caller.Administrator];
    private static readonly Caller[] HouseholdReaders = [.. Caseworkers, .. Supervisors];

    private sealed record Row(Caller[] Roles, Scope Scope, Func<string?, HttpRequestMessage> Request, Stage Stage = Stage.Shared, Outcome Allowed = Outcome.Success);

    private sealed record Objects(string Home, string Away);

    private Objects _shared = null!;
    private Objects _exports = null!;
    private Objects _notifications = null!;
    private Objects _households = null!;
    private Objects _attachments = null!;
    private Objects _documents = null!;
    private string _documentCode = null!;

    private Dictionary<string, Row> Rows => new()
    {
        ["GET /health/live"] = new(Everyone, Scope.None, _ => Get("/health/live")),
        ["GET /health/ready"] = new(Everyone, Scope.None, _ => Get("/health/ready")),
        ["GET /api/v1/catalog"] = new(Everyone, Scope.None, _ => Get("/api/v1/catalog")),
        ["GET /api/v1/regions"] = new(Everyone, Scope.None, _ => Get("/api/v1/regions?parent=530102")),
        ["GET /api/v1/public/on-time-rates"] = new(Everyone, Scope.None, _ => Get("/api/v1/public/on-time-rates")),
        ["POST /api/v1/eligibility/check"] = new(Everyone, Scope.None, _ => Post("/api/v1/eligibility/check", new { residence = "rural", incomePerPerson = 4_800 })),
        ["GET /api/v1/dev/sms"] = new(Everyone, Scope.None, _ => Get("/api/v1/dev/sms?phone=13900000000")),
        ["GET /api/v1/speech/items/{code}"] = new(Everyone, Scope.None, _ => Get("/api/v1/speech/items/civil.dibao")),
        ["GET /api/v1/speech/items/{code}/fields/{key}"] = new(Everyone, Scope.None, _ => Get("/api/v1/speech/items/civil.dibao/fields/householdSize")),
        ["GET /api/v1/speech/statuses/{status}"] = new(Everyone, Scope.None, _ => Get("/api/v1/speech/statuses/Accepted")),

        ["POST /api/v1/auth/otp"] = new(Everyone, Scope.None, _ => Post("/api/v1/auth/otp", new { phone = TestData.Phone() })),
        // A wrong code: allowed callers reach the check (400 on code); nobody is refused before it.
        ["POST /api/v1/auth/otp/verify"] = new(Everyone, Scope.None, _ => Post("/api/v1/auth/otp/verify", new { phone = TestData.Phone(), code = "000000" }), Allowed: Outcome.Handled),
        ["POST /api/v1/auth/staff/login"] = new(Everyone, Scope.None, _ => Post("/api/v1/auth/staff/login", new { username = "cw-health-530102", password = ApiFactory.DemoPassword })),
        // Sign-in steps from a complete session, with a wrong code or password: answered (400, or 409 when no code is awaited or TOTP is already on), not refused.
        ["POST /api/v1/auth/staff/totp/verify"] = new(Staff, Scope.None, _ => Post("/api/v1/auth/staff/totp/verify", new { code = "000000" }), Allowed: Outcome.Handled),
        ["POST /api/v1/auth/staff/totp/enrol"] = new(Staff, Scope.None, _ => Post("/api/v1/auth/staff/totp/enrol", null), Allowed: Outcome.Handled),
        ["POST /api/v1/auth/staff/totp/confirm"] = new(Staff, Scope.None, _ => Post("/api/v1/auth/staff/totp/confirm", new { code = "000000" }), Allowed: Outcome.Handled),
        ["POST /api/v1/auth/staff/password"] = new(Staff, Scope.None, _ => Post("/api/v1/auth/staff/password", new { currentPassword = "not-the-password", newPassword = "a-long-enough-new-passphrase" }), Allowed: Outcome.Handled),
        ["POST /api/v1/auth/logout"] = new(SignedIn, Scope.None, _ => Post("/api/v1/auth/logout", null)),

        ["POST /api/v1/applications/"] = new(Residents, Scope.None, _ => Post("/api/v1/applications", TestData.Dibao())),
        [$"POST {Applications}/rating"] = new(Residents, Scope.Application, id => Post($"/api/v1/applications/{id}/rating", new { score = 5, comment = "办得快" }), Stage.Decided),
        [$"POST {Applications}/follow-up"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/follow-up", new { response = "已电话回访，解释了标准" }), Stage.PoorlyRated),
        ["GET /api/v1/reports/ratings"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/ratings?from=2026-01-01&to=2026-12-31")),
        ["PUT /api/v1/drafts/{itemCode}"] = new(Residents, Scope.None, _ => Put("/api/v1/drafts/civil.dibao", new { data = new { householdSize = 3 } })),
        ["GET /api/v1/drafts/"] = new(Residents, Scope.None, _ => Get("/api/v1/drafts")),
        ["GET /api/v1/drafts/{itemCode}"] = new(Residents, Scope.None, _ => Get("/api/v1/drafts/civil.dibao")),
        ["DELETE /api/v1/drafts/{itemCode}"] = new(Residents, Scope.None, _ => new HttpRequestMessage(HttpMethod.Delete, "/api/v1/drafts/civil.dibao")),
        ["POST /api/v1/attachments/"] = new(Residents, Scope.None, _ => Upload()),
        ["GET /api/v1/attachments/{id:guid}"] = new(ApplicationReaders, Scope.Attachment, id => Get($"/api/v1/attachments/{id}")),
        ["GET /api/v1/applications/mine"] = new(Residents, Scope.None, _ => Get("/api/v1/applications/mine")),
        ["GET /api/v1/identity/"] = new(Residents, Scope.None, _ => Get("/api/v1/identity")),
        // A listed ID number under another name: the resident reaches the provider's check (400 on name) and stays unverified.
        ["POST /api/v1/identity/"] = new(Residents, Scope.None, _ => Post("/api/v1/identity", new { name = "张三", idNumber = "530102198001011237" }), Allowed: Outcome.Handled),
        [$"GET {Applications}"] = new(ApplicationReaders, Scope.Application, id => Get($"/api/v1/applications/{id}")),
        [$"GET {Applications}/documents/"] = new(ApplicationReaders, Scope.Application, id => Get($"/api/v1/applications/{id}/documents")),
        // The document's id travels as "{application}/documents/{document}".
        [$"GET {Applications}/documents/{{documentId:guid}}.pdf"] = new(ApplicationReaders, Scope.Document, id => Get($"/api/v1/applications/{id}.pdf")),
        // Anyone checks a written decision: a file nobody issued is an answer (Unknown), not a refusal.
        ["POST /api/v1/public/documents/verify"] = new(Everyone, Scope.None, _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/documents/verify") { Content = PdfForm() }),
        ["GET /api/v1/public/documents/key"] = new(Everyone, Scope.None, _ => Get("/api/v1/public/documents/key")),
        ["GET /v/{code}"] = new(Everyone, Scope.None, _ => Get($"/v/{_documentCode}")),
        ["POST /v/{code}"] = new(Everyone, Scope.None, _ => new HttpRequestMessage(HttpMethod.Post, $"/v/{_documentCode}") { Content = PdfForm() }),
        [$"POST {Applications}/reveal"] = new(ApplicationReaders, Scope.Application, id => Post($"/api/v1/applications/{id}/reveal", new { reason = "核对身份" })),
        [$"GET {Applications}/audit"] = new(Supervisors, Scope.Application, id => Get($"/api/v1/applications/{id}/audit")),
        [$"POST {Applications}/supplement"] = new(Residents, Scope.Application, id => Post($"/api/v1/applications/{id}/supplement", new { text = "已补充户口簿" }), Stage.InformationRequested),
        [$"POST {Applications}/withdraw"] = new(Residents, Scope.Application, id => Post($"/api/v1/applications/{id}/withdraw", new { reason = "不需要了" }), Stage.Submitted),
        [$"POST {Applications}/claim"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/claim", null), Stage.Submitted),
        [$"POST {Applications}/accept"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/accept", null), Stage.Submitted),
        [$"POST {Applications}/not-accept"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/not-accept", new { reason = "不属于受理范围" }), Stage.Submitted),
        [$"POST {Applications}/request-info"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿" }), Stage.Accepted),
        [$"POST {Applications}/approve"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" }), Stage.Accepted),
        [$"POST {Applications}/reject"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/reject", new { reason = "收入超过标准" }), Stage.Accepted),
        [$"POST {Applications}/transfer"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/transfer", new { departmentCode = "edu", itemCode = "edu.student-aid", reason = "孩子上学的资助应由教育局办理" }), Stage.Submitted),
        [$"POST {Applications}/extension"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/extension", new { workingDays = 3, reason = "需要入户核查" }), Stage.Accepted),
        [$"POST {Applications}/extension/approve"] = new(Supervisors, Scope.Application, id => Post($"/api/v1/applications/{id}/extension/approve", new { note = "同意" }), Stage.ExtensionRequested),
        [$"POST {Applications}/extension/refuse"] = new(Supervisors, Scope.Application, id => Post($"/api/v1/applications/{id}/extension/refuse", new { reason = "请按时办结" }), Stage.ExtensionRequested),
        [$"POST {Applications}/supervise"] = new(Supervisors, Scope.Application, id => Post($"/api/v1/applications/{id}/supervise", new { note = "请加快办理", deadline = Deadline }), Stage.Submitted),

        ["GET /api/v1/queue"] = new(Caseworkers, Scope.None, _ => Get("/api/v1/queue?due=week&assigned=unassigned")),
        ["GET /api/v1/colleagues"] = new(Caseworkers, Scope.None, _ => Get("/api/v1/colleagues")),
        ["GET /api/v1/auth/me"] = new(Staff, Scope.None, _ => Get("/api/v1/auth/me")),
        // A colleague nobody knows: allowed callers reach the check (400 on staffId) only inside their scope.
        [$"POST {Applications}/assign"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/assign", new { staffId = Guid.NewGuid() }), Stage.Submitted, Outcome.Handled),
        // A case nobody else filed for: the caseworker reaches the rule (409 merge-target-closed), nobody else the case.
        [$"POST {Applications}/merge"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/merge", null), Stage.Submitted, Outcome.Handled),
        // The matrix's case is 低保, without an urgent track: the caseworker reaches the rule (409 no-urgent-track), nobody else the case.
        [$"POST {Applications}/urgent-help"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/urgent-help", new { kind = "Cash", amount = 500, reason = "家中失火，先行发放救急款" }), Stage.Submitted, Outcome.Handled),
        [$"POST {Applications}/record-supplement"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/record-supplement", new { text = "申请人到窗口交来户口簿复印件" }), Stage.InformationRequested),
        [$"POST {Applications}/seen"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/seen", null)),
        [$"POST {Applications}/sms-preview"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/sms-preview", new { action = "Approved", reason = "符合条件", benefit = "每月 500 元" }), Stage.Accepted),
        [$"POST {Applications}/release"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/release", null), Stage.Submitted),

        // The staged procedure (ADR 0040). The matrix's applications are of a one-stage item, in its decision
        // stage: the department's caseworker reaches the stage rules (409, nothing to pass on, send back or
        // visit), nobody else the case. The township's own work is StagedProcedureTests'.
        [$"GET {Applications}/procedure"] = new(ApplicationReaders, Scope.Application, id => Get($"/api/v1/applications/{id}/procedure")),
        [$"POST {Applications}/stage/complete"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/stage/complete", new { note = "已办完" }), Stage.Accepted, Outcome.Handled),
        [$"POST {Applications}/stage/send-back"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/stage/send-back", new { reason = "重新核实" }), Stage.Accepted, Outcome.Handled),
        [$"POST {Applications}/home-visits"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/home-visits", Visit()), Stage.Accepted, Outcome.Handled),
        // The case is the county's one-stage item, never investigated: the office holding it is answered 409 (no home visit now).
        [$"POST {Applications}/home-visits/photos"] = new(Caseworkers, Scope.Application, id => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{id}/home-visits/photos") { Content = PhotoForm() }, Stage.Accepted, Outcome.Handled),
        // Only the township holding a notice resolves its objections, and none of these callers holds one: all are refused.
        [$"POST {Applications}/objections/{{objectionId:guid}}/resolve"] = new([], Scope.Application, id => Post($"/api/v1/applications/{id}/objections/{Guid.NewGuid()}/resolve", new { upheld = false, resolution = "经核实不成立" })),
        ["GET /api/v1/public/notices/"] = new(Everyone, Scope.None, _ => Get("/api/v1/public/notices?place=530102001001")),
        // Anyone objects to a notice on show; past five objections from one address the limit answers 429, not a refusal.
        ["POST /api/v1/public/notices/{noticeId:guid}/objections"] = new(Everyone, Scope.None, _ => Post($"/api/v1/public/notices/{_notice}/objections", new { text = "矩阵测试的异议", contact = (string?)null }), Allowed: Outcome.Handled),
        // The same 公示 as a page for people; its objection form is limited like the API's (429 is a page then).
        ["GET /gongshi/{place}"] = new(Everyone, Scope.None, _ => Get("/gongshi/530102001001")),
        ["POST /gongshi/{place}/{noticeId:guid}"] = new(Everyone, Scope.None, _ => new HttpRequestMessage(HttpMethod.Post, $"/gongshi/530102001001/{_notice}")
        {
            Content = new FormUrlEncodedContent([new("text", "矩阵测试的异议"), new("contact", "")]),
        }, Allowed: Outcome.Handled),
        // Ids outside the caller's queue are reported per id (not-found), never acted on: the matrix checks the route, BulkAccept tests the ids.
        ["POST /api/v1/applications/bulk-accept"] = new(Caseworkers, Scope.None, _ => Post("/api/v1/applications/bulk-accept", new { ids = new[] { Guid.NewGuid() } })),
        ["POST /api/v1/applications/on-behalf"] = new(Caseworkers, Scope.None, _ => Post("/api/v1/applications/on-behalf", TestData.OnBehalfApplication())),
        ["GET /api/v1/extensions"] = new(Supervisors, Scope.None, _ => Get("/api/v1/extensions")),
        ["GET /api/v1/notifications/"] = new(Staff, Scope.None, _ => Get("/api/v1/notifications")),
        ["GET /api/v1/notifications/{id:long}/applications"] = new(Staff, Scope.Notification, id => Get($"/api/v1/notifications/{id}/applications")),
        ["POST /api/v1/notifications/{id:long}/read"] = new(Staff, Scope.Notification, id => Post($"/api/v1/notifications/{id}/read", null)),

        // 求助 (ADR 0044): anyone files one (the phone typed); the county's caseworkers of any department route or answer
        // it, the second to try finds it handled (409); another county's do not find it.
        ["POST /api/v1/help-requests/"] = new(Everyone, Scope.None, _ => Post("/api/v1/help-requests", new { text = "矩阵测试：不知道该申请什么", placeCode = "530102001", phone = TestData.Phone() })),
        ["GET /api/v1/help-requests/"] = new(HouseholdReaders, Scope.None, _ => Get("/api/v1/help-requests")),
        ["GET /api/v1/help-requests/mine"] = new(Residents, Scope.None, _ => Get("/api/v1/help-requests/mine")),
        ["POST /api/v1/help-requests/{id:guid}/route"] = new(Caseworkers, Scope.HelpRequest, id => Post($"/api/v1/help-requests/{id}/route", new { itemCode = "civil.temporary-aid", reply = "请申请临时救助", expectedVersion = (Guid?)null }), Allowed: Outcome.Handled),
        ["POST /api/v1/help-requests/{id:guid}/answer"] = new(Caseworkers, Scope.HelpRequest, id => Post($"/api/v1/help-requests/{id}/answer", new { reply = "已请村委会上门了解", expectedVersion = (Guid?)null }), Allowed: Outcome.Handled),
        [$"POST {Applications}/appeal"] = new(Residents, Scope.Application, id => Post($"/api/v1/applications/{id}/appeal", new { reason = "原决定认定的房屋结构有误，请重新核实。" }), Stage.Refused),
        [$"POST {Applications}/appeal/decide"] = new(Caseworkers, Scope.Application, id => Post($"/api/v1/applications/{id}/appeal/decide", new { outcome = "Upheld", reason = "经复核，原决定认定事实清楚" }), Stage.Appealed),
        [$"POST {Applications}/appeal/withdraw"] = new(Residents, Scope.Application, id => Post($"/api/v1/applications/{id}/appeal/withdraw", new { }), Stage.Appealed),
        ["GET /api/v1/reports/appeals"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/appeals?from=2026-01-01&to=2026-12-31&groupBy=item")),

        ["GET /api/v1/reports/completion"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30")),
        ["GET /api/v1/reports/overdue"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/overdue")),
        ["GET /api/v1/reports/forecast"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/forecast")),
        ["GET /api/v1/reports/completion/export"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/completion/export?format=csv&from=2026-10-01&to=2026-11-30")),
        ["GET /api/v1/reports/exports"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/exports")),
        ["GET /api/v1/reports/exports/{id:guid}"] = new(Supervisors, Scope.Export, id => Get($"/api/v1/reports/exports/{id}")),
        ["GET /api/v1/reports/exports/{id:guid}/file"] = new(Supervisors, Scope.Export, id => Get($"/api/v1/reports/exports/{id}/file")),

        ["GET /api/v1/admin/jobs/"] = new(JobReaders, Scope.None, _ => Get("/api/v1/admin/jobs")),
        ["GET /api/v1/admin/jobs/{name}/runs"] = new(JobReaders, Scope.None, _ => Get("/api/v1/admin/jobs/chase-deadlines/runs")),
        ["POST /api/v1/admin/jobs/{name}/trigger"] = new(Administrators, Scope.None, _ => Post("/api/v1/admin/jobs/daily-statistics/trigger", null)),
        ["POST /api/v1/admin/jobs/dashboard-session"] = new(Administrators, Scope.None, _ => Post("/api/v1/admin/jobs/dashboard-session", null)),
        ["GET /api/v1/admin/calendar/status"] = new(Staff, Scope.None, _ => Get("/api/v1/admin/calendar/status")),
        ["GET /api/v1/admin/calendar/{year:int}"] = new(Staff, Scope.None, _ => Get("/api/v1/admin/calendar/2026")),
        ["PUT /api/v1/admin/calendar/{year:int}"] = new(Administrators, Scope.None, _ => Put("/api/v1/admin/calendar/2026", Calendar2026)),
        ["GET /api/v1/admin/messages"] = new(Administrators, Scope.None, _ => Get("/api/v1/admin/messages")),
        ["GET /api/v1/admin/audit/verify"] = new(Administrators, Scope.None, _ => Get("/api/v1/admin/audit/verify")),

        ["GET /api/v1/households/"] = new(HouseholdReaders, Scope.None, _ => Get("/api/v1/households")),
        ["POST /api/v1/households/"] = new(Caseworkers, Scope.None, _ => Post("/api/v1/households", Household("530102001001"))),
        ["GET /api/v1/households/{id:guid}"] = new(HouseholdReaders, Scope.Household, id => Get($"/api/v1/households/{id}")),
        ["PUT /api/v1/households/{id:guid}"] = new(Caseworkers, Scope.Household, id => Put($"/api/v1/households/{id}", HouseholdUpdate("530102"))),
        ["POST /api/v1/households/{id:guid}/applications"] = new(Caseworkers, Scope.Household, id => Post($"/api/v1/households/{id}/applications", new
        {
            itemCode = "civil.dibao",
            phone = TestData.Phone(),
            answers = new { residence = "rural" },
            description = "村干部走访发现这户收入骤减，代为申请低保。",
        }), Allowed: Outcome.Handled),
        ["GET /api/v1/leads/"] = new(HouseholdReaders, Scope.None, _ => Get("/api/v1/leads?open=true")),
        ["POST /api/v1/leads/"] = new(Caseworkers, Scope.None, _ => Post("/api/v1/leads", new { regionCode = "530102001001", subject = "邻居反映张家老人生病无人照顾" })),
        ["POST /api/v1/leads/{id:guid}/decide"] = new(Caseworkers, Scope.Lead, id => Post($"/api/v1/leads/{id}/decide", new { decision = "NotIncluded", reason = "走访核实，家中收入稳定" }), Allowed: Outcome.Handled),
        ["GET /api/v1/reports/monitoring"] = new(Supervisors, Scope.None, _ => Get("/api/v1/reports/monitoring")),
        ["GET /api/v1/admin/monitoring/thresholds/"] = new(Staff, Scope.None, _ => Get("/api/v1/admin/monitoring/thresholds")),
        ["PUT /api/v1/admin/monitoring/thresholds/{year:int}/{regionCode}"] = new(Administrators, Scope.None, _ => Put(
            "/api/v1/admin/monitoring/thresholds/2026/530000", new { povertyLine = 4_000, warningFactor = 1.5, monitoringLine = 7_000, largeSpendingLine = 10_000 })),

        ["GET /api/v1/admin/staff/"] = new(Administrators, Scope.None, _ => Get("/api/v1/admin/staff")),
        ["GET /api/v1/admin/staff/{id:guid}"] = new(Administrators, Scope.None, _ => Get($"/api/v1/admin/staff/{_spareStaff}")),
        ["POST /api/v1/admin/staff/"] = new(Administrators, Scope.None, _ => Post("/api/v1/admin/staff", new { username = "m-" + Guid.NewGuid().ToString("N")[..12], displayName = "矩阵测试", role = "Caseworker", departmentCode = "civil", regionCode = "530102" })),
        ["POST /api/v1/admin/staff/{id:guid}/disable"] = new(Administrators, Scope.None, _ => Post($"/api/v1/admin/staff/{_spareStaff}/disable", null)),
        ["POST /api/v1/admin/staff/{id:guid}/enable"] = new(Administrators, Scope.None, _ => Post($"/api/v1/admin/staff/{_spareStaff}/enable", null)),
        ["POST /api/v1/admin/staff/{id:guid}/rescope"] = new(Administrators, Scope.None, _ => Post($"/api/v1/admin/staff/{_spareStaff}/rescope", new { role = "Caseworker", departmentCode = "health", regionCode = "530102" })),
        ["POST /api/v1/admin/staff/{id:guid}/totp/reset"] = new(Administrators, Scope.None, _ => Post($"/api/v1/admin/staff/{_spareStaff}/totp/reset", null)),
        ["POST /api/v1/admin/staff/{id:guid}/unlock"] = new(Administrators, Scope.None, _ => Post($"/api/v1/admin/staff/{_spareStaff}/unlock", null)),
    };

    private Guid _spareStaff;
    private string _notice = null!;

    private string Deadline { get; set; } = null!;
    private JsonObject Calendar2026 { get; set; } = null!;

    private async Task SetUpAsync()
    {
        await factory.AddStaffAsync($"cw-housing-530302-{_suffix}", Role.Caseworker, TestData.OneStageDepartment, "530302");
        await factory.AddStaffAsync($"sup-530300-{_suffix}", Role.Supervisor, null, "530300");
        await factory.AddStaffAsync($"cw-housing-530302-b-{_suffix}", Role.Caseworker, TestData.OneStageDepartment, "530302");
        _spareStaff = await factory.AddStaffAsync($"spare-{_suffix}", Role.Caseworker, TestData.OneStageDepartment, "530102");

        _clients[Caller.Anonymous] = factory.CreateClient();
        _clients[Caller.Resident] = await factory.ResidentAsync();
        _clients[Caller.CaseworkerOfTheDepartment] = await factory.StaffAsync(TestData.OneStageCaseworker);
        _clients[Caller.CaseworkerOfAnotherDepartment] = await factory.StaffAsync("cw-edu-530102");
        _clients[Caller.SupervisorOfTheRegion] = await factory.StaffAsync("sup-530100");
        _clients[Caller.SupervisorOfAnotherRegion] = await factory.StaffAsync($"sup-530300-{_suffix}");
        _clients[Caller.Administrator] = await factory.StaffAsync("admin");
        _awayResident = await factory.ResidentAsync();
        _awayCaseworker = await factory.StaffAsync($"cw-housing-530302-{_suffix}");
        _homeDecider = await factory.StaffAsync($"spare-{_suffix}");
        _awayDecider = await factory.StaffAsync($"cw-housing-530302-b-{_suffix}");

        _shared = await ApplicationsAsync(Stage.Accepted);
        // The year as read, less what only the answer carries (unknown properties are refused, ADR 0033).
        Calendar2026 = (await _clients[Caller.Administrator].GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/2026"))!;
        Calendar2026.Remove("known");
        Calendar2026.Remove("lastRevision");
        // The service takes a working day after China's today; a date counted on UTC's calendar, or landing
        // on a weekend, would fail the set-up on some evenings and weekdays.
        var calendar = await factory.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        Deadline = calendar.AddWorkingDays(ChinaTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime), 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Each supervisor's own export (small, so answered at once and archived), and a supervision note
        // on each side, which notifies that county's caseworkers of the department.
        await EnsureAsync(_clients[Caller.SupervisorOfTheRegion].GetAsync("/api/v1/reports/completion/export?format=csv&from=2026-10-01&to=2026-10-31"));
        await EnsureAsync(_clients[Caller.SupervisorOfAnotherRegion].GetAsync("/api/v1/reports/completion/export?format=csv&from=2026-10-01&to=2026-10-31"));
        _exports = new(await FirstIdAsync(Caller.SupervisorOfTheRegion, "/api/v1/reports/exports"), await FirstIdAsync(Caller.SupervisorOfAnotherRegion, "/api/v1/reports/exports"));
        await EnsureAsync(_clients[Caller.SupervisorOfTheRegion].PostAsJsonAsync($"/api/v1/applications/{_shared.Home}/supervise", new { note = "请加快", deadline = Deadline }));
        await EnsureAsync(_clients[Caller.SupervisorOfAnotherRegion].PostAsJsonAsync($"/api/v1/applications/{_shared.Away}/supervise", new { note = "请加快", deadline = Deadline }));
        _notifications = new(await FirstIdAsync(_clients[Caller.CaseworkerOfTheDepartment]), await FirstIdAsync(_awayCaseworker));
        _attachments = new(await LinkedAttachmentAsync(_clients[Caller.Resident], "530102001"), await LinkedAttachmentAsync(_awayResident, "530302001"));
        _documents = new(await DocumentAsync(_clients[Caller.Resident], _shared.Home), await DocumentAsync(_awayResident, _shared.Away));
        _documentCode = (await _clients[Caller.Resident].GetFromJsonAsync<JsonArray>($"/api/v1/applications/{_shared.Home}/documents"))![0]!["verificationCode"]!.GetValue<string>();
        _households = new(
            await CreatedIdAsync(_clients[Caller.CaseworkerOfTheDepartment].PostAsJsonAsync("/api/v1/households", Household("530102001001"))),
            await CreatedIdAsync(_awayCaseworker.PostAsJsonAsync("/api/v1/households", Household("530302001"))));

        // A 低保 on public notice in the resident's village, brought there by the township: what the public objects to.
        var township = await factory.StaffAsync("tw-civil-530102001");
        var dibao = (await _clients[Caller.Resident].SubmitAsync(TestData.Dibao(regionCode: "530102001001")))["id"]!.GetValue<string>();
        await EnsureAsync(township.PostAsync($"/api/v1/applications/{dibao}/accept", null));
        await EnsureAsync(township.PostAsJsonAsync($"/api/v1/applications/{dibao}/home-visits", Visit(visitors: ["王五", "赵六"])));
        await EnsureAsync(township.PostAsJsonAsync($"/api/v1/applications/{dibao}/stage/complete", new { note = "入户核实" }));
        await EnsureAsync(township.PostAsJsonAsync($"/api/v1/applications/{dibao}/stage/complete", new { recommendApproval = true, proposedBenefit = "每月 500 元" }));
        _notice = (await _clients[Caller.Anonymous].GetFromJsonAsync<JsonObject>("/api/v1/public/notices?place=530102001001"))!["notices"]![0]!["id"]!.GetValue<string>();
    }

    [Fact]
    public void EveryEndpoint_HasARow_AndEveryRowAnEndpoint()
    {
        var mapped = MappedEndpoints();
        var rows = Rows.Where(r => r.Value is not null).Select(r => r.Key).ToHashSet();

        Assert.True(mapped.Except(rows).ToList() is [], "Endpoints with no row in the authorization matrix: " + string.Join(", ", mapped.Except(rows)));
        Assert.True(rows.Except(mapped).ToList() is [], "Rows for endpoints that are not mapped: " + string.Join(", ", rows.Except(mapped)));
    }

    [Fact]
    public async Task EveryEndpoint_ByEveryCaller_OnOwnAndForeignObjects_AnswersOnlyTheIntendedSuccesses()
    {
        await SetUpAsync();
        var mapped = MappedEndpoints();
        var failures = new List<string>();
        int allowed = 0, refused = 0;

        // Sign-out ends the callers' sessions, so it goes last.
        foreach (var (key, row) in Rows.Where(r => r.Value is not null && mapped.Contains(r.Key)).OrderBy(r => r.Key.EndsWith("/logout", StringComparison.Ordinal)))
        {
            foreach (var (side, id) in await ObjectsAsync(row))
            {
                // Refusals first: a refused call must change nothing that the allowed call then relies on.
                foreach (var caller in Everyone.OrderBy(c => IsAllowed(row, c, side)))
                {
                    var expectAllowed = IsAllowed(row, caller, side);
                    using var request = row.Request(id);
                    var response = await _clients[caller].SendAsync(request);
                    var status = (int)response.StatusCode;
                    var fine = expectAllowed
                        ? status < 500 && status is not (401 or 403 or 404) && (row.Allowed == Outcome.Handled || response.IsSuccessStatusCode)
                        : status == (caller == Caller.Anonymous ? 401 : 404) && response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                    if (expectAllowed)
                    {
                        allowed++;
                    }
                    else
                    {
                        refused++;
                    }

                    if (!fine)
                    {
                        failures.Add($"{key} [{side}] as {caller}: expected {(expectAllowed ? "allowed" : "refused")}, got {status} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        output.WriteLine($"{factory.Provider}: {mapped.Count} endpoints, {allowed + refused} calls: {allowed} allowed, {refused} refused, {failures.Count} wrong");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(allowed > 60 && refused > 200, $"Only {allowed} allowed and {refused} refused calls were made.");
    }

    private static bool IsAllowed(Row row, Caller caller, string side) =>
        row.Roles.Contains(caller) && (row.Scope, side) switch
        {
            (Scope.None, _) => true,
            (Scope.Application, "own") => caller is Caller.Resident or Caller.CaseworkerOfTheDepartment or Caller.SupervisorOfTheRegion,
            (Scope.Application, _) => caller is Caller.SupervisorOfAnotherRegion,
            (Scope.Export, "own") => caller is Caller.SupervisorOfTheRegion,
            (Scope.Export, _) => caller is Caller.SupervisorOfAnotherRegion,
            (Scope.Notification, "own") => caller is Caller.CaseworkerOfTheDepartment,
            (Scope.Attachment, "own") => caller is Caller.Resident or Caller.CaseworkerOfTheDepartment or Caller.SupervisorOfTheRegion,
            (Scope.Attachment, _) => caller is Caller.SupervisorOfAnotherRegion,
            (Scope.Document, "own") => caller is Caller.Resident or Caller.CaseworkerOfTheDepartment or Caller.SupervisorOfTheRegion,
            (Scope.Document, _) => caller is Caller.SupervisorOfAnotherRegion,
            (Scope.Household, "own") => caller is Caller.CaseworkerOfTheDepartment or Caller.CaseworkerOfAnotherDepartment or Caller.SupervisorOfTheRegion,
            (Scope.Household, _) => caller is Caller.SupervisorOfAnotherRegion,

            // The county's caseworkers of any department decide leads; the second to try finds it decided (409, handled).
            (Scope.Lead, "own") => caller is Caller.CaseworkerOfTheDepartment or Caller.CaseworkerOfAnotherDepartment,
            (Scope.HelpRequest, "own") => caller is Caller.CaseworkerOfTheDepartment or Caller.CaseworkerOfAnotherDepartment,
            _ => false,
        };

    /// <summary>
    /// The objects a row is tried on: "own" belongs to the resident and lies in county 530102 of the
    /// one-stage item's department's caseworker and prefecture 530100's supervisor; "foreign" belongs to another
    /// resident in county 530302, seen only by prefecture 530300's supervisor.
    /// </summary>
    private async Task<(string Side, string? Id)[]> ObjectsAsync(Row row)
    {
        var objects = row.Scope switch
        {
            Scope.None => null,
            Scope.Application => row.Stage == Stage.Shared ? _shared : await ApplicationsAsync(row.Stage),
            Scope.Export => _exports,
            Scope.Household => _households,
            Scope.Attachment => _attachments,
            Scope.Document => _documents,
            Scope.Lead => await LeadsAsync(),
            Scope.HelpRequest => await HelpRequestsAsync(),
            _ => _notifications,
        };
        return objects is null ? [("-", null)] : [("own", objects.Home), ("foreign", objects.Away)];
    }

    private async Task<Objects> ApplicationsAsync(Stage stage) => new(
        await ApplicationAsync(_clients[Caller.Resident], stage is Stage.Refused or Stage.Appealed ? _homeDecider : _clients[Caller.CaseworkerOfTheDepartment], "530102001", stage),
        await ApplicationAsync(_awayResident, stage is Stage.Refused or Stage.Appealed ? _awayDecider : _awayCaseworker, "530302001", stage));

    private static async Task<string> ApplicationAsync(HttpClient resident, HttpClient caseworker, string region, Stage stage)
    {
        var id = (await resident.SubmitAsync(TestData.Application(TestData.IdNumber(region[..6]), region)))["id"]!.GetValue<string>();
        if (stage is Stage.Submitted)
        {
            return id;
        }

        if (stage is Stage.Refused or Stage.Appealed)
        {
            await EnsureAsync(caseworker.PostAsync($"/api/v1/applications/{id}/accept", null));
            await EnsureAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "房屋结构不符合条件" }));
            if (stage is Stage.Appealed)
            {
                await EnsureAsync(resident.PostAsJsonAsync($"/api/v1/applications/{id}/appeal", new { reason = "原决定认定的房屋结构有误，请重新核实。" }));
            }

            return id;
        }

        await EnsureAsync(caseworker.PostAsync($"/api/v1/applications/{id}/accept", null));
        if (stage is Stage.InformationRequested)
        {
            await EnsureAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿" }));
        }
        else if (stage is Stage.Decided or Stage.PoorlyRated)
        {
            await EnsureAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" }));
            if (stage is Stage.PoorlyRated)
            {
                await EnsureAsync(resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 1, comment = "等太久了" }));
            }
        }
        else if (stage is Stage.ExtensionRequested)
        {
            await EnsureAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 3, reason = "需要入户核查" }));
        }

        return id;
    }

    private HashSet<string> MappedEndpoints()
    {
        _ = factory.CreateClient();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
    }

    private async Task<string> FirstIdAsync(Caller caller, string path) =>
        (await _clients[caller].GetFromJsonAsync<JsonArray>(path))![0]!["id"]!.ToString();

    private static async Task<string> FirstIdAsync(HttpClient caseworker)
    {
        var inbox = await caseworker.GetFromJsonAsync<JsonNode>("/api/v1/notifications");
        var items = inbox is JsonArray array ? array : inbox!["items"]!.AsArray();
        return items[0]!["id"]!.ToString();
    }

    /// <summary>A photo the resident uploads and files with an application in <paramref name="region"/>, so its department can see it.</summary>
    private static async Task<string> LinkedAttachmentAsync(HttpClient resident, string region)
    {
        var attachment = await CreatedIdAsync(resident.SendAsync(Upload()));
        var body = System.Text.Json.JsonSerializer.SerializeToNode(TestData.Application(TestData.IdNumber(region[..6]), region))!.AsObject();
        body["attachmentIds"] = new JsonArray(attachment);
        await EnsureAsync(resident.PostAsJsonAsync("/api/v1/applications", body));
        return attachment;
    }

    /// <summary>A 1×1 PNG, uploaded as the resident page does.</summary>
    /// <summary>The first written decision of the owner's application (its acceptance notice), as "{application}/documents/{document}".</summary>
    private static async Task<string> DocumentAsync(HttpClient owner, string applicationId) =>
        $"{applicationId}/documents/{(await owner.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{applicationId}/documents"))![0]!["id"]}";

    private static MultipartFormDataContent PhotoForm()
    {
        using var bitmap = new SkiaSharp.SKBitmap(32, 24);
        bitmap.Erase(SkiaSharp.SKColors.SaddleBrown);
        var file = new ByteArrayContent(bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80).ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "file", "visit.jpg" } };
    }

    private static MultipartFormDataContent PdfForm()
    {
        var file = new ByteArrayContent("%PDF-1.4 not one the platform issued"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "decision.pdf" } };
    }

    private static HttpRequestMessage Upload()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "id-card.png");
        form.Add(new StringContent(TestData.OneStageItem), "itemCode");
        form.Add(new StringContent("idCard"), "documentKey");
        return new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = form };
    }

    /// <summary>A fresh own and foreign lead for a decision (a decided lead answers 409 to the next caller).</summary>
    private async Task<Objects> LeadsAsync() => new(
        await CreatedIdAsync(_clients[Caller.CaseworkerOfTheDepartment].PostAsJsonAsync("/api/v1/leads", new { regionCode = "530102001001", subject = "线索" })),
        await CreatedIdAsync(_awayCaseworker.PostAsJsonAsync("/api/v1/leads", new { regionCode = "530302001", subject = "线索" })));

    private async Task<Objects> HelpRequestsAsync() => new(
        await CreatedIdAsync(_clients[Caller.Anonymous].PostAsJsonAsync("/api/v1/help-requests", new { text = "求助", placeCode = "530102001001", phone = TestData.Phone() })),
        await CreatedIdAsync(_clients[Caller.Anonymous].PostAsJsonAsync("/api/v1/help-requests", new { text = "求助", placeCode = "530302001", phone = TestData.Phone() })));

    /// <summary>A household of two under the monitoring line, in <paramref name="region"/>.</summary>
    private static object Household(string region) => new
    {
        regionCode = region,
        headName = "张德顺",
        members = new[] { new { name = "张德顺", idNumber = TestData.IdNumber(region[..6]), relation = "head" } },
        perCapitaIncome = 6_500,
        unavoidableSpending = 0,
        hardships = Array.Empty<string>(),
        formerlyPoor = false,
    };

    // An update names no region: a household stays where it was registered (unknown properties are refused, ADR 0033).
    private static object HouseholdUpdate(string county) => new
    {
        headName = "张德顺",
        members = new[] { new { name = "张德顺", idNumber = TestData.IdNumber(county), relation = "head" } },
        perCapitaIncome = 6_500,
        unavoidableSpending = 0,
        hardships = Array.Empty<string>(),
        formerlyPoor = false,
    };

    private static async Task<string> CreatedIdAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }

    private static async Task EnsureAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    /// <summary>A home visit made today (China's date) by <paramref name="visitors"/>.</summary>
    private object Visit(string[]? visitors = null) => new
    {
        visitedOn = ChinaTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        visitors = visitors ?? ["王五"],
        householdSize = 3,
        membersUnableToWork = 1,
        monthlyIncomeYuan = 800m,
        housing = "土木结构",
        findings = "情况属实",
    };

    private static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };

    private static HttpRequestMessage Put(string path, object body) => new(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
}

public sealed class SqliteAuthorizationMatrixTests(SqliteApiFactory factory, ITestOutputHelper output)
    : AuthorizationMatrixTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresAuthorizationMatrixTests(PostgresApiFactory factory, ITestOutputHelper output)
    : AuthorizationMatrixTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerAuthorizationMatrixTests(SqlServerApiFactory factory, ITestOutputHelper output)
    : AuthorizationMatrixTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
