import { sql } from "kysely";
import { it } from "vitest";
import { startTestApp } from "../../../../test/support/app.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";

const WORDS = "chuyển đổi số nông nghiệp du lịch biển đảo lý sơn dung quất khu kinh tế đầu tư hạ tầng giao thông đường bộ cầu cảng giáo dục y tế bệnh viện trường học học sinh giáo viên văn hóa thể thao lễ hội nhân dân cán bộ hội nghị tổng kết công tác năm kế hoạch phát triển kinh tế xã hội an ninh quốc phòng môi trường tài nguyên đất đai nhà ở xây dựng quy hoạch đô thị nông thôn mới thủy sản ngư dân tàu cá bão lũ thiên tai phòng chống cứu hộ".split(" ");

it("perf", async () => {
  const t = await startTestApp({ seed: "demo" });
  const db = t.services.db;
  const sites = (await db.selectFrom("sites").select("id").execute()).map((s) => s.id);
  await sql`create temp table w(i int, w text)`.execute(db);
  const t0 = Date.now();
  await sql`
    insert into content_items (id, site_id, kind, title, slug, lead, body_text, status, published_at, tags)
    select gen_random_uuid(), (${sites}::uuid[])[1 + n % ${sites.length}], 'article',
      initcap(x.t) || case when n % 7 = 0 then ' tại Quảng Ngãi' else '' end, 'bai-' || n,
      'Sáng nay, ' || x.l || '.',
      x.b || case when n % 2 = 0 then ' Tỉnh Quảng Ngãi tiếp tục triển khai.' else '' end,
      'published', timestamptz '2020-01-01 08:00+07' + n * interval '30 minutes', array['tin tức']
    from generate_series(1, 100000) as n,
    lateral (select
      (select string_agg((${WORDS}::text[])[1 + ((n * 7 + k * 13 + k * k * n) % ${WORDS.length})], ' ') from generate_series(1, 8) k) as t,
      (select string_agg((${WORDS}::text[])[1 + ((n * 3 + k * 17 + k * n) % ${WORDS.length})], ' ') from generate_series(1, 25) k) as l,
      (select string_agg((${WORDS}::text[])[1 + ((n * 11 + k * 5 + k * k) % ${WORDS.length})], ' ') from generate_series(1, 250) k) as b
    ) x`.execute(db);
  console.log("insert ms", Date.now() - t0);
  const t1 = Date.now();
  await sql`vacuum analyze content_items`.execute(db);
  console.log("vacuum ms", Date.now() - t1);
  const main = (q: string) => `/tim-kiem?q=${encodeURIComponent(q)}`;
  for (const q of ["quang ngai", "Quảng Ngãi", "dung quat", "lễ hội lý sơn", "zorblat", "quang", "bão lũ", "tin"]) {
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      const s = performance.now();
      const r = await t.app.inject({ url: main(q) });
      times.push(performance.now() - s);
      if (i === 0) console.log(q, r.statusCode, /search-summary">([^<]*)/.exec(r.body)?.[1]);
    }
    times.sort((a, b) => a - b);
    console.log(q, "median", times[6]?.toFixed(1), "max", times[11]?.toFixed(1));
  }
  await t.close();
}, 1200000);
