// A front end's first steps, written against the client generated from the API's document: register a complaint, list
// complaints, read one. It is only type-checked (tsc), never run: a field the document types wrongly or leaves out fails here.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Complaint = components["schemas"]["ComplaintDto"];
type Problem = components["schemas"]["ProblemDetails"];

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
