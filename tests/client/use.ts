// A front end's first steps, written against the client generated from the API's document: register a complaint, list
// complaints, read one; the start screen's counts and a work list. It is only type-checked (tsc), never run: a field the document types wrongly or leaves out fails here.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Complaint = components["schemas"]["ComplaintDto"];
type Problem = components["schemas"]["ProblemDetails"];
type Dashboard = components["schemas"]["DashboardDto"];
type ComplaintView = components["schemas"]["ComplaintViewDto"];
// The names a screen hangs its buttons and pickers on are enums in the document, so each is a union of names here.
type CaseAction = components["schemas"]["CaseDetailsDto"]["allowedActions"][number];
type CaseRowAction = NonNullable<components["schemas"]["CaseSummaryDto"]["allowedActions"]>[number];
type ComplaintAction = components["schemas"]["ComplaintDto"]["allowedActions"][number];
type ViewAction = ComplaintView["allowedActions"][number];
type MeasureAction = components["schemas"]["MeasureDetailsDto"]["allowedActions"][number];
type MeetingAction = components["schemas"]["MeetingDto"]["allowedActions"][number];
type Role = components["schemas"]["MeDto"]["roles"][number];
type Operation = components["schemas"]["ModuleAllowanceDto"]["operations"][number];

const api = createClient<paths>({ baseUrl: "http://localhost:5000", headers: { Authorization: "Bearer <token>" } });

export async function registerListAndRead(): Promise<Complaint | Problem> {
  const registered = await api.POST("/api/intake/complaints", {
    body: {
      complainant: { name: "J. de Vries", type: "Debtor", email: "j.devries@example.nl" },
      channel: "Phone",
      receivedAt: "2026-03-02T10:15:00+01:00",
      description: "Ik ben onbeleefd behandeld aan de telefoon.",
      requestedOutcome: "Excuses.",
    },
  });
  if (registered.error) {
    // 400 names the bad fields; 401 and 403 are plain problem details.
    const error = registered.error;
    const fields: string[] = "errors" in error ? Object.keys(error.errors ?? {}) : [];
    console.log(registered.error.traceId, fields);
    return registered.error;
  }

  const reference: string = registered.data.reference;
  const settlementDue: string = registered.data.settlementDueOn;

  const page = await api.GET("/api/intake/complaints", {
    params: { query: { status: "Registered", receivedFrom: "2026-03-01", page: 1, pageSize: 20 } },
  });
  const total: number = page.data?.totalCount ?? 0;
  const first: string | undefined = page.data?.items[0]?.reference;
  console.log(reference, settlementDue, total, first);

  const read = await api.GET("/api/intake/complaints/{id}", { params: { path: { id: registered.data.id } } });
  if (read.error) {
    const code: string | null | undefined = read.error.code;
    console.log(read.error.status, code);
    throw new Error(read.error.detail ?? "not readable");
  }

  return read.data;
}

export async function startScreen(): Promise<Dashboard | undefined> {
  const dashboard = await api.GET("/api/dashboard");
  if (dashboard.error) {
    console.log(dashboard.error.status);
    return undefined;
  }

  const counts = dashboard.data;
  const scope: "Office" | "Own" = counts.scope;
  const weekEndsOn: string = counts.weekEndsOn;
  const registered: number = counts.openPerStatus.find((s) => s.module === "Intake" && s.status === "Registered")?.count ?? 0;
  const overdueSettlements: number | null | undefined = counts.overdue.settlement;
  const waiting: number | null | undefined = counts.waitingForClassification;

  // My overdue cases, nearest term first; and a search by file number.
  const mine = await api.GET("/api/handling/cases", {
    params: { query: { assignedTo: "me", overdue: true, settlementDueBefore: weekEndsOn, page: 1, pageSize: 20 } },
  });
  const firstDue: string | undefined = mine.data?.items[0]?.settlementDueOn;
  // A row's "take this case" button: shown when the row's allowedActions hold assign.
  const rowActions: CaseRowAction[] = mine.data?.items[0]?.allowedActions ?? [];
  const mayTake: boolean = rowActions.includes("assign");
  const found = await api.GET("/api/intake/complaints", {
    params: { query: { fileNumber: "D-2026-0042", acknowledgementBreached: false, unassigned: true, complainantName: "Vries" } },
  });
  const queue = await api.GET("/api/classification/queue", { params: { query: { reference: "KL-2026-000001" } } });
  console.log(scope, registered, overdueSettlements, waiting, firstDue, mayTake, found.data?.totalCount, queue.data?.items.length);
  return counts;
}

// One complaint's page: the composed view by reference, its status, deadlines, timeline and the buttons to show; then a step
// on the case with the case's ETag as If-Match, where 412 means "reload".
export async function complaintPage(reference: string): Promise<ComplaintView | Problem> {
  const found = await api.GET("/api/complaints/by-reference/{reference}", { params: { path: { reference } } });
  if (found.error) {
    return found.error;
  }

  const view: ComplaintView = found.data;
  const status: "Registered" | "Acknowledged" | "Classified" | "InHandling" | "Decided" | "Referred" | "Closed" = view.status;
  const due: string = view.deadlines.settlementDueOn;
  const overdue: boolean = view.deadlines.settlementOverdue;
  const steps: string[] = view.timeline.map((entry) => `${entry.at} ${entry.kind} ${entry.by ?? ""}`);
  const letters: string[] = view.letters.map((letter) => `${letter.module} ${letter.kind} ${letter.status}`);
  const complainant: string | undefined = view.registration.details?.complainant.name;
  const officer: string | null | undefined = view.handling?.officer;
  console.log(status, due, overdue, steps, letters, complainant, officer);

  if (view.allowedActions.includes("logContact") && view.eTags.handling) {
    const logged = await api.POST("/api/handling/cases/{complaintId}/contacts", {
      params: { path: { complaintId: view.id }, header: { "If-Match": view.eTags.handling } },
      body: { contactedAt: "2026-03-03T10:00:00+01:00", channel: "Phone", summary: "Gebeld." },
    });
    if (logged.response.status === 412) {
      const again = await api.GET("/api/complaints/{id}", { params: { path: { id: view.id } } });
      return again.data ?? view;
    }
    const etag: string | null = logged.response.headers.get("ETag");
    console.log(etag);
  }

  return view;
}

// The quality manager's draft: each recommendation in the list carries its version, sent back (quoted) as If-Match to change
// it; the list's own ETag guards the publication against a colleague's change made since.
export async function reviseDraft(year: number): Promise<number | Problem> {
  const list = await api.GET("/api/analysis/years/{year}/recommendations", { params: { path: { year } } });
  if (list.error) {
    return list.error;
  }

  const first = list.data[0];
  if (first) {
    const version: number = first.version;
    // The codes it addresses are text: a front end shows them and sends them back with one more.
    const categories: string[] = first.categories;
    const rootCauses: string[] = first.rootCauses;
    await api.PUT("/api/analysis/years/{year}/recommendations/{id}", {
      params: { path: { year, id: first.id }, header: { "If-Match": `"${version}"` } },
      body: { text: "Leg de kostenberekening beter uit.", categories: [...categories, "kosten"], rootCauses, suggestedKind: "Training" },
    });
  }

  // The register of handled complaints as JSON (its page) and the year's PDF as bytes.
  const register = await api.GET("/api/analysis/complaints", { params: { query: { from: `${year}-01-01` } } });
  // The list is also CSV (Accept: text/csv), so the answer is the page or the text.
  const firstRow: string[] | undefined = typeof register.data === "object" ? register.data.items[0]?.categories : undefined;
  const pdf = await api.GET("/api/analysis/years/{year}.pdf", { params: { path: { year } }, parseAs: "blob" });
  console.log(firstRow, pdf.data?.size);

  const draft = (await api.GET("/api/analysis/years/{year}/recommendations", { params: { path: { year } } })).response.headers.get("ETag");
  const published = await api.POST("/api/analysis/years/{year}/publications", {
    params: { path: { year }, header: { "If-Match": draft ?? undefined } },
    body: {},
  });
  return published.response.status === 412 ? 412 : (published.data?.version ?? 0);
}

// Who am I, and the buttons of a case, a complaint, a measure and a meeting, by the names the API answers. Each wrong name below
// must be refused: were a list typed string[] again, the @ts-expect-error would have nothing to expect and tsc would fail.
export async function buttons(caseId: string, measureId: string, meetingId: string): Promise<string[]> {
  const me = await api.GET("/api/me");
  const roles: Role[] = me.data?.roles ?? [];
  const mayAssign: boolean = roles.includes("QualityManager");
  const operations: Operation[] = me.data?.modules.flatMap((m) => m.operations) ?? [];
  const mayDecide: boolean = operations.includes("DecideComplaint") || operations.includes("DecideMeasure");
  const officers = await api.GET("/api/staff", { params: { query: { role: "ComplaintsOfficer" } } });
  const officerRoles: Role[] = officers.data?.[0]?.roles ?? [];
  const failed = await api.GET("/api/correspondence", { params: { query: { status: "Failed" } } });

  const handlingCase = await api.GET("/api/handling/cases/{complaintId}", { params: { path: { complaintId: caseId } } });
  const caseActions: CaseAction[] = handlingCase.data?.allowedActions ?? [];
  const decide: CaseAction = "decide";
  const take: CaseRowAction = "assign";
  const acknowledge: ComplaintAction = "acknowledge";
  const classify: ViewAction = "classify";
  const measure = await api.GET("/api/preventive-action/measures/{measureId}", { params: { path: { measureId } } });
  const measureActions: MeasureAction[] = measure.data?.allowedActions ?? [];
  const meeting = await api.GET("/api/preventive-action/meetings/{meetingId}", { params: { path: { meetingId } } });
  const meetingActions: MeetingAction[] = meeting.data?.allowedActions ?? [];
  const chart = await api.GET("/api/analysis/years/{year}/charts/{name}.png", {
    params: { path: { year: 2026, name: "root-causes" } },
    parseAs: "blob",
  });

  // @ts-expect-error approve is no step on a handling case
  const notAStep: CaseAction = "approve";
  // @ts-expect-error a complaint in Intake can only be acknowledged
  const notIntake: ComplaintAction = "decide";
  // @ts-expect-error finish is no step on a measure
  const notAMeasureStep: MeasureAction = "finish";
  // @ts-expect-error a meeting is closed, not cancelled
  const notAMeetingStep: MeetingAction = "cancel";
  // @ts-expect-error Admin is no role of the office
  const notARole: Role = "Admin";
  // @ts-expect-error the overview lists only the failed e-mails
  await api.GET("/api/correspondence", { params: { query: { status: "Sent" } } });
  // @ts-expect-error a year is a number
  await api.GET("/api/analysis/years/{year}", { params: { path: { year: "2026" } } });

  console.log(mayAssign, mayDecide, officerRoles, failed.data?.length, measureActions, meetingActions, chart.data?.size);
  console.log(notAStep, notIntake, notAMeasureStep, notAMeetingStep, notARole);
  return [...caseActions, decide, take, acknowledge, classify];
}

// The letters of a complaint, the dashboard's counts and resending a failed e-mail, by the names the API answers: a letter's
// kind, channel and status, a module and a status are unions, so each wrong name below must be refused.
type LetterKind = components["schemas"]["CorrespondenceDto"]["kind"];
type LetterStatus = ComplaintView["letters"][number]["status"];
type OpenStatus = Dashboard["openPerStatus"][number]["status"];
type TimelineModule = ComplaintView["timeline"][number]["module"];

export async function letters(complaintId: string, failedId: string): Promise<string[]> {
  const view = await api.GET("/api/complaints/{id}", { params: { path: { id: complaintId } } });
  const posted: LetterStatus[] = view.data?.letters.filter((l) => l.status === "Posted").map((l) => l.status) ?? [];
  const decision: LetterKind = "DecisionLetter";
  const counted: OpenStatus = "Acknowledged";
  const classified: TimelineModule = "Classification";
  const resent = await api.POST("/api/correspondence/{module}/{id}/resend", { params: { path: { module: "Handling", id: failedId } } });

  // @ts-expect-error a posted letter is Posted (SentByHand was its old name)
  const oldName: LetterStatus = "SentByHand";
  // @ts-expect-error Invoice is no kind of letter of any module
  const notAKind: LetterKind = "Invoice";
  // @ts-expect-error Analysis keeps no correspondence
  await api.POST("/api/correspondence/{module}/{id}/resend", { params: { path: { module: "Analysis", id: failedId } } });

  console.log(oldName, notAKind, resent.data?.status);
  return [...posted, decision, counted, classified];
}
