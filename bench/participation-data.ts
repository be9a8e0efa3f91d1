/**
 * Benchmark data for citizen participation: the addresses the targets rotate over (question pages, Q&A searches, the
 * open draft and the ended dialogue's transcript), on the demo data. A larger question set is still to come: copying
 * 50,000 questions with a lateral join per row was far too slow and was taken out.
 */
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
