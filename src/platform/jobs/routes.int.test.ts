import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { countQueries } from "../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";
import { createJobQueue, type JobLogger, type JobQueue } from "./index.js";

const quiet: JobLogger = { info() {}, warn() {}, error() {} };

/** The dead-letter rows of the page, as job ids. */
function deadIds(html: string): number[] {
  return [...html.matchAll(/data-job-id="(\d+)"/g)].map((m) => Number(m[1]));
}

function countCell(html: string, queue: string, status: string): number | undefined {
  const row = new RegExp(`data-queue="${queue.replace(".", "\\.")}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? "";
  const cell = new RegExp(`data-status="${status}">(\\d+)<`).exec(row)?.[1];
  return cell === undefined ? undefined : Number(cell);
}

describe("jobs and dead-letter view /admin/cong-viec", () => {
  let t: TestApp;
  let admin: StaffSession;
  let queue: JobQueue;
  let healthy = false;
  const runs: number[] = [];

  const job = (id: number) =>
    t.services.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  /** Runs due jobs until none is left due (each failed attempt here is retried at once: tiny back-off, no clock). */
  const drain = async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 5));
      if ((await queue.runDueJobs()) === 0) return;
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: "none" });
    admin = await signInAsAdmin(t.app);
    queue = createJobQueue({ db: t.services.db, backoff: { baseMs: 1, maxMs: 1 }, log: quiet });
    queue.register("test.fragile", async (payload, meta) => {
      runs.push(meta.id);
      if (!healthy) throw new Error(`Máy chủ liên thông không trả lời (${String(payload.so)})`);
    });
    queue.register("test.ok", async () => {});
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  it("lists dead jobs with their last error and attempts, and counts per queue and status", async () => {
    const dead1 = await queue.enqueue(t.services.db, "test.fragile", { so: "VB-1" }, { maxAttempts: 3 });
    const dead2 = await queue.enqueue(t.services.db, "test.fragile", { so: "VB-2" }, { maxAttempts: 2 });
    await queue.enqueue(t.services.db, "test.ok", {});
    await queue.enqueue(t.services.db, "test.waiting", {});
    await drain();
    expect((await job(dead1)).status).toBe("dead");
    expect((await job(dead1)).attempts).toBe(3);
    expect((await job(dead2)).status).toBe("dead");

    const res = await admin.get("/admin/cong-viec");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Công việc nền");
    expect(deadIds(res.body)).toEqual([dead2, dead1]);
    expect(res.body).toContain("Máy chủ liên thông không trả lời (VB-1)");
    expect(res.body).toContain("3/3");
    expect(res.body).toContain("2/2");
    expect(countCell(res.body, "test.fragile", "dead")).toBe(2);
    expect(countCell(res.body, "test.ok", "done")).toBe(1);
    expect(countCell(res.body, "test.waiting", "pending")).toBe(1);
    expect(res.body).toMatch(/action="\/admin\/cong-viec\/\d+\/thu-lai"/);
    expect(res.body).toContain('name="_csrf"');
  });

  it("'Thử lại' puts a dead job back with fresh attempts, audited, and it runs again", async () => {
    healthy = false;
    const id = await queue.enqueue(t.services.db, "test.fragile", { so: "VB-3" }, { maxAttempts: 1 });
    await drain();
    expect((await job(id)).status).toBe("dead");
    const runsBefore = runs.filter((r) => r === id).length;

    // Without the CSRF token the form is refused and nothing changes.
    const forged = await t.app.inject({
      method: "POST",
      url: `/admin/cong-viec/${id}/thu-lai`,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: admin.cookie },
      payload: "",
    });
    expect(forged.statusCode).toBe(403);
    expect((await job(id)).status).toBe("dead");

    const res = await admin.post(`/admin/cong-viec/${id}/thu-lai`, {});
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/admin\/cong-viec/);
    const requeued = await job(id);
    expect(requeued.status).toBe("pending");
    expect(requeued.attempts).toBe(0);
    const audit = await t.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "job.retry")
      .where("entity_id", "=", String(id))
      .executeTakeFirstOrThrow();
    expect(audit.entity_type).toBe("job");
    expect(audit.actor_name).not.toBeNull();
    expect(audit.before).toMatchObject({ status: "dead", attempts: 1 });
    expect(audit.after).toMatchObject({ status: "pending", attempts: 0 });

    const page = await admin.get("/admin/cong-viec");
    expect(page.body).toContain(`Đã đưa công việc #${id} về hàng đợi để chạy lại.`);
    expect(deadIds(page.body)).not.toContain(id);

    healthy = true;
    await drain();
    const done = await job(id);
    expect(done.status).toBe("done");
    expect(done.attempts).toBe(1);
    expect(runs.filter((r) => r === id).length).toBe(runsBefore + 1);

    // Retrying a job that is no longer dead is a conflict, not a silent change.
    const again = await admin.post(`/admin/cong-viec/${id}/thu-lai`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("không còn trong danh sách lỗi");
    expect((await job(id)).status).toBe("done");
  });

  it("'Bỏ' closes a dead job with a note, audited, without running it", async () => {
    healthy = false;
    const id = await queue.enqueue(t.services.db, "test.fragile", { so: "VB-4" }, { maxAttempts: 1 });
    await drain();
    const runsBefore = runs.length;

    const tooLong = await admin.post(`/admin/cong-viec/${id}/bo`, { note: "x".repeat(600) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain("không được quá 500 ký tự");
    expect((await job(id)).status).toBe("dead");
    for (const note of ["a\u0000b", ["a", "b"]]) {
      const bad = await admin.post(`/admin/cong-viec/${id}/bo`, { note });
      expect(bad.statusCode).toBe(422);
    }
    expect((await job(id)).status).toBe("dead");

    const res = await admin.post(`/admin/cong-viec/${id}/bo`, {
      note: "Địa chỉ nhận sai, đã gửi lại bằng tay",
    });
    expect(res.statusCode).toBe(303);
    const closed = await job(id);
    expect(closed.status).toBe("done");
    expect(closed.note).toBe("Địa chỉ nhận sai, đã gửi lại bằng tay");
    expect(closed.last_error).toContain("VB-4");
    const audit = await t.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "job.discard")
      .where("entity_id", "=", String(id))
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ status: "done", note: "Địa chỉ nhận sai, đã gửi lại bằng tay" });

    healthy = true;
    await drain();
    expect(runs.length).toBe(runsBefore);

    // Without a note, a default one is kept.
    healthy = false;
    const other = await queue.enqueue(t.services.db, "test.fragile", { so: "VB-5" }, { maxAttempts: 1 });
    await drain();
    expect((await admin.post(`/admin/cong-viec/${other}/bo`, {})).statusCode).toBe(303);
    expect((await job(other)).note).toMatch(/Quản trị viên bỏ công việc/);

    // The audit log view shows both actions with their labels.
    const log = await admin.get("/admin/nhat-ky?entityType=job");
    expect(log.body).toContain("Bỏ công việc nền");
    expect(log.body).toContain("Thử lại công việc nền");
  });

  it("answers unknown or malformed ids and bad cursors with 4xx, never 500", async () => {
    expect((await admin.post("/admin/cong-viec/99999999/thu-lai", {})).statusCode).toBe(404);
    expect((await admin.post("/admin/cong-viec/99999999/bo", {})).statusCode).toBe(404);
    for (const bad of ["abc", "0", "-1", "1e5", "12345678901234567890", "%00"]) {
      const res = await admin.post(`/admin/cong-viec/${bad}/thu-lai`, {});
      expect(res.statusCode, bad).toBe(404);
    }
    const cursor = await admin.get("/admin/cong-viec?before=xyz");
    expect(cursor.statusCode).toBe(400);
    expect(cursor.body).toContain("Liên kết phân trang không hợp lệ");
    const repeated = await admin.get("/admin/cong-viec?before=1&before=2");
    expect(repeated.statusCode).toBe(400);
  });

  it("runs the same small number of queries with many dead jobs, paginating the list", async () => {
    const before = await countQueries(() => admin.get("/admin/cong-viec"));
    await t.services.db
      .insertInto("jobs")
      .values(
        Array.from({ length: 70 }, (_, i) => ({
          queue: "test.bulk",
          payload: JSON.stringify({ i }),
          status: "dead" as const,
          attempts: 8,
          last_error: `lỗi ${i}`,
          finished_at: new Date(),
        })),
      )
      .execute();
    const after = await countQueries(() => admin.get("/admin/cong-viec"));
    expect(deadIds(after.result.body)).toHaveLength(50);
    expect(after.queries).toBe(before.queries);
    const older = /href="([^"]+)" rel="next"/.exec(after.result.body)?.[1];
    expect(older).toBeDefined();
    const page2 = await admin.get(older ?? "");
    expect(page2.statusCode).toBe(200);
    const ids2 = deadIds(page2.body);
    expect(ids2.length).toBeGreaterThan(20);
    expect(Math.max(...ids2)).toBeLessThan(Math.min(...deadIds(after.result.body)));
  });

  it("is for system administrators only", async () => {
    const inspector = await createStaff(t.services.db, {
      username: "thanh-tra-cv",
      grants: [{ role: "inspector" }],
    });
    const session = await signIn(t.app, inspector);
    expect((await session.get("/admin/cong-viec")).statusCode).toBe(403);
    const dead = await t.services.db
      .selectFrom("jobs")
      .select("id")
      .where("status", "=", "dead")
      .executeTakeFirstOrThrow();
    expect((await session.post(`/admin/cong-viec/${dead.id}/thu-lai`, {})).statusCode).toBe(403);
    expect((await job(dead.id)).status).toBe("dead");
  });
});
