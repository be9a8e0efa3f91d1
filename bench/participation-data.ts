/**
 * Benchmark data for citizen participation: the demo year's questions multiplied to BENCH_QUESTIONS published ones
 * (copies of published demo questions with their own codes, so search reads a realistic table), plus the addresses the
 * targets rotate over: question pages, Q&A searches, the open draft and the ended dialogue's transcript.
 */
import { sql } from "kysely";
import { PARTICIPATION_PATHS } from "../src/modules/participation/paths.js";
import { openDatabase } from "../src/platform/db/connection.js";

export interface ParticipationBenchData {
  publishedQuestions: number;
  questionPages: string[];
  questionSearches: string[];
  consultationPage: string | null;
  transcriptPage: string | null;
}

/** What citizens and businesses type into the Q&A search, with and without diacritics. */
const QUERIES = [
  "đăng ký kinh doanh",
  "dang ky kinh doanh",
  "giấy phép xây dựng",
  "giay phep xay dung",
  "khai sinh",
  "hộ tịch",
  "đất đai",
  "thue",
  "bảo hiểm xã hội",
  "lao dong",
  "ưu đãi đầu tư",
  "khu kinh te dung quat",
  "học phí",
  "y te",
  "quang ngai",
];

export async function loadParticipationBenchData(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  questions: number;
  rotate: number;
}): Promise<ParticipationBenchData> {
  const dbh = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    const db = dbh.db;
    const count = async () =>
      Number(
        (
          await db
            .selectFrom("questions")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("status", "=", "published")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const have = await count();
    const missing = opts.questions - have;
    if (missing > 0) {
      process.stdout.write(`Nhân bản ${missing} câu hỏi đã trả lời cho benchmark …`);
      // Copies of the published demo questions, round-robin, each with a code of its own (prefix "BM" keeps them
      // apart from real codes) and published on a spread of past days.
      await sql`
        insert into questions (id, code, kind, topic_id, citizen_id, asker_name, show_name, regulation,
          business_name, tax_code, title, body, status, unit_id, routed_at, due_on, answer, published_at,
          search_text, created_at, updated_at)
        select gen_random_uuid(), 'BM-' || lpad((${have} + g)::text, 8, '0'), q.kind, q.topic_id, q.citizen_id,
          q.asker_name, q.show_name, q.regulation, q.business_name, q.tax_code, q.title, q.body, 'published',
          q.unit_id, q.routed_at, q.due_on, q.answer, now() - (g % 1500) * interval '1 day', q.search_text,
          q.created_at, now()
        from generate_series(1, ${missing}) g
        join lateral (
          select * from questions where status = 'published' and code not like 'BM-%'
          order by code offset (g % (select count(*) from questions where status = 'published' and code not like 'BM-%'))
          limit 1
        ) q on true`.execute(db);
      console.log(" xong.");
    }
    const codes = await db
      .selectFrom("questions")
      .select("code")
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .limit(opts.rotate)
      .execute();
    const consultation = await db
      .selectFrom("consultations")
      .select("slug")
      .where("status", "=", "published")
      .orderBy("closes_on", "desc")
      .executeTakeFirst();
    const dialogue = await db
      .selectFrom("dialogues")
      .select("slug")
      .where("status", "=", "ended")
      .orderBy("ends_at", "desc")
      .executeTakeFirst();
    const sections = [
      PARTICIPATION_PATHS.questions,
      PARTICIPATION_PATHS.businessQuestions,
      PARTICIPATION_PATHS.feedback,
    ];
    const questionSearches: string[] = [];
    for (const section of sections)
      for (const q of QUERIES)
        for (const page of [1, 2]) {
          const params = new URLSearchParams({ q });
          if (page > 1) params.set("trang", String(page));
          questionSearches.push(`${section}?${params.toString()}`);
        }
    return {
      publishedQuestions: await count(),
      questionPages: codes.map((c) => PARTICIPATION_PATHS.question(c.code)),
      questionSearches,
      consultationPage: consultation ? PARTICIPATION_PATHS.consultation(consultation.slug) : null,
      transcriptPage: dialogue ? PARTICIPATION_PATHS.dialogue(dialogue.slug) : null,
    };
  } finally {
    await dbh.close();
  }
}
