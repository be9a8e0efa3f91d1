import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import sharp from "sharp";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import type { Media } from "../tables.js";
import {
  type MultipartFile,
  multipartBody,
  SAMPLE_SVG,
  sampleJpeg,
  sampleMp3,
  sampleMp4,
  samplePdf,
  samplePng,
} from "./test-fixtures.js";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The media library on PostgreSQL: uploads through the admin, public delivery, edits, deletes, permissions. */
describe("media library", () => {
  let t: TestApp;
  let admin: StaffSession;
  let sxdEditor: StaffSession;
  let stpEditor: StaffSession;
  const sxd = demoSiteId("so-xay-dung");
  const stp = demoSiteId("so-tu-phap");

  async function upload(
    who: StaffSession,
    fields: Record<string, string>,
    file?: MultipartFile,
    opts: { json?: boolean; csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const { payload, contentType } = multipartBody(fields, file);
    const csrf = opts.csrf === undefined ? who.csrf : opts.csrf;
    return t.app.inject({
      method: "POST",
      url: csrf === null ? "/admin/thu-vien" : `/admin/thu-vien?_csrf=${encodeURIComponent(csrf)}`,
      headers: {
        cookie: who.cookie,
        "content-type": contentType,
        ...(opts.json ? { accept: "application/json" } : {}),
      },
      payload,
    });
  }
  const uploadJson = async (who: StaffSession, fields: Record<string, string>, file: MultipartFile) => {
    const res = await upload(who, fields, file, { json: true });
    if (res.statusCode >= 300) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
    return res.json() as { media: { id: string; sha256: string }; existing: boolean };
  };
  const row = (id: string) =>
    t.services.db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const rowCount = async () =>
    Number(
      (
        await t.services.db
          .selectFrom("media")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = (entityId: string) =>
    t.services.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "before", "after"])
      .where("entity_id", "=", entityId)
      .orderBy("id")
      .execute();
  const onDisk = (sha: string) => path.join(t.dataDir, "files", sha.slice(0, 2), sha.slice(2, 4), sha);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t.app);
    const a = await createStaff(t.services.db, {
      username: "bientap-media-sxd",
      fullName: "Biên tập Sở Xây dựng",
      unitId: demoUnitId("SXD"),
      grants: [{ role: "editor", siteId: sxd }],
    });
    sxdEditor = await signIn(t.app, { ...a, remoteAddress: "10.0.0.2" });
    const b = await createStaff(t.services.db, {
      username: "bientap-media-stp",
      unitId: demoUnitId("STP"),
      grants: [{ role: "editor", siteId: stp }],
    });
    stpEditor = await signIn(t.app, { ...b, remoteAddress: "10.0.0.3" });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("upload", () => {
    let jpegId = "";
    let jpeg: Buffer;

    it("stores a JPEG without its metadata, with WebP and JPEG sizes on disk and in the row, audited", async () => {
      jpeg = await sampleJpeg(1200, 800);
      expect((await sharp(jpeg).metadata()).exif).toBeDefined();
      const res = await upload(
        sxdEditor,
        {
          site: sxd,
          alt: "Cầu Trà Khúc lúc hoàng hôn",
          caption: "Cầu mới nối hai bờ",
          credit: "Ảnh: Sở Xây dựng",
        },
        { filename: "cau-tra-khuc.JPG", contentType: "image/jpeg", data: jpeg },
      );
      expect(res.statusCode).toBe(303);
      jpegId = String(res.headers.location).split("/").pop() ?? "";
      const media = await row(jpegId);
      expect(media).toMatchObject({
        kind: "image",
        mime: "image/jpeg",
        width: 1200,
        height: 800,
        site_id: sxd,
        original_name: "cau-tra-khuc.jpg",
        alt: "Cầu Trà Khúc lúc hoàng hôn",
        caption: "Cầu mới nối hai bờ",
        credit: "Ảnh: Sở Xây dựng",
        source_sha256: sha256(jpeg),
      });
      expect(media.sha256).not.toBe(sha256(jpeg));
      const stored = fs.readFileSync(onDisk(media.sha256));
      expect(sha256(stored)).toBe(media.sha256);
      expect((await sharp(stored).metadata()).exif).toBeUndefined();

      expect(media.variants.map((v) => `${v.width}x${v.height}.${v.format}`).sort()).toEqual(
        [
          "1024x683.jpeg",
          "1024x683.webp",
          "320x213.jpeg",
          "320x213.webp",
          "640x427.jpeg",
          "640x427.webp",
        ].sort(),
      );
      for (const v of media.variants) {
        const bytes = fs.readFileSync(onDisk(v.sha256));
        expect(bytes.length).toBe(v.sizeBytes);
        const meta = await sharp(bytes).metadata();
        expect(meta.width).toBe(v.width);
        expect(meta.format).toBe(v.format);
      }
      // Nothing half-written is left beside the files.
      expect(fs.readdirSync(path.join(t.dataDir, "files", "tmp"))).toEqual([]);

      const log = await audits(jpegId);
      expect(log.map((a) => a.action)).toEqual(["media.upload"]);
      expect(log[0]?.actor_id).toBeTruthy();

      const page = await sxdEditor.get(`/admin/thu-vien/${jpegId}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Đã tải lên tệp cau-tra-khuc.jpg.");
      expect(page.body).toContain(`/tep/${media.sha256}/w640.webp 640w`);
    });

    it("returns the existing row for the same bytes, changing nothing", async () => {
      const before = await rowCount();
      const again = await uploadJson(
        sxdEditor,
        { site: sxd, alt: "Một mô tả khác" },
        { filename: "khac.jpg", data: jpeg },
      );
      expect(again.existing).toBe(true);
      expect(again.media.id).toBe(jpegId);
      expect(await rowCount()).toBe(before);
      expect((await row(jpegId)).alt).toBe("Cầu Trà Khúc lúc hoàng hôn");
      expect((await audits(jpegId)).map((a) => a.action)).toEqual(["media.upload"]);

      // Downloading the stored file and uploading it again is the same file too.
      const stored = fs.readFileSync(onDisk((await row(jpegId)).sha256));
      const third = await uploadJson(
        sxdEditor,
        { site: sxd, alt: "x" },
        { filename: "tai-ve.jpg", data: stored },
      );
      expect(third.media.id).toBe(jpegId);

      const html = await upload(sxdEditor, { site: sxd, alt: "x" }, { filename: "lan-nua.jpg", data: jpeg });
      expect(html.statusCode).toBe(303);
      expect(html.headers.location).toBe(`/admin/thu-vien/${jpegId}`);
      const page = await sxdEditor.get(String(html.headers.location));
      expect(page.body).toContain("Tệp này đã có trong thư viện");
    });

    it("makes one row when the same new file is uploaded several times at once", async () => {
      const png = await samplePng(123, 45);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          uploadJson(
            sxdEditor,
            { site: sxd, alt: `Cùng một ảnh ${i}` },
            { filename: `cung-${i}.png`, data: png },
          ),
        ),
      );
      const ids = new Set(results.map((r) => r.media.id));
      expect(ids.size).toBe(1);
      expect(results.filter((r) => !r.existing)).toHaveLength(1);
      const id = [...ids][0] ?? "";
      expect((await audits(id)).map((a) => a.action)).toEqual(["media.upload"]);
    });

    it("refuses an image without alt text with 422, keeping what was typed", async () => {
      const before = await rowCount();
      const png = await samplePng();
      const res = await upload(
        sxdEditor,
        { site: sxd, alt: "   ", caption: "Bản đồ quy hoạch" },
        { filename: "ban-do.png", contentType: "image/png", data: png },
      );
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain("Vui lòng nhập Văn bản thay thế");
      expect(res.body).toContain("Bản đồ quy hoạch</textarea>");
      const json = await upload(
        sxdEditor,
        { site: sxd },
        { filename: "ban-do.png", data: png },
        { json: true },
      );
      expect(json.statusCode).toBe(422);
      expect(json.json()).toMatchObject({
        error: { code: "alt_required", fields: { alt: expect.stringContaining("Văn bản thay thế") } },
      });
      expect(await rowCount()).toBe(before);
    });

    it("goes by the bytes, not the name or the browser's type: a .jpg that is a PDF is stored as a PDF", async () => {
      const pdf = samplePdf("jpg-that-is-pdf");
      const res = await uploadJson(
        sxdEditor,
        { site: sxd },
        { filename: "anh.jpg", contentType: "image/jpeg", data: pdf },
      );
      const media = await row(res.media.id);
      expect(media).toMatchObject({
        kind: "pdf",
        mime: "application/pdf",
        original_name: "anh.pdf",
        width: null,
        variants: [],
      });
      expect(media.sha256).toBe(sha256(pdf));
      expect(media.source_sha256).toBeNull();

      // Where only images are wanted (a legal document takes PDFs only; here the reverse through ingestFile).
      const { ingestFile } = await import("./ingest.js");
      await expect(
        t.services.db.transaction().execute((tx) =>
          ingestFile(t.services, tx, {
            buffer: samplePdf("only-images"),
            originalName: "x.png",
            siteId: sxd,
            uploadedBy: null,
            allowedKinds: ["image"],
          }),
        ),
      ).rejects.toMatchObject({ statusCode: 415, code: "kind_not_allowed" });
    });

    it("refuses an image over 10 MB with 413, and SVG or unknown types with 415", async () => {
      const big = Buffer.concat([await sampleJpeg(64, 64), Buffer.alloc(11 * 1024 * 1024, 0)]);
      const tooBig = await upload(
        sxdEditor,
        { site: sxd, alt: "Ảnh lớn" },
        { filename: "lon.jpg", data: big },
        { json: true },
      );
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json().error).toMatchObject({ code: "file_too_large" });
      expect(tooBig.json().error.message).toContain("giới hạn là 10 MB");
      const html = await upload(sxdEditor, { site: sxd, alt: "Ảnh lớn" }, { filename: "lon.jpg", data: big });
      expect(html.statusCode).toBe(413);
      expect(html.body).toContain("quá lớn");
      expect(html.body).toContain('value="Ảnh lớn"');

      const svg = await upload(
        sxdEditor,
        { site: sxd, alt: "Logo" },
        { filename: "logo.png", data: SAMPLE_SVG },
        { json: true },
      );
      expect(svg.statusCode).toBe(415);
      expect(svg.json().error).toMatchObject({ code: "svg_refused" });
      expect(svg.json().error.message).toContain("SVG");

      const zip = await upload(
        sxdEditor,
        { site: sxd },
        { filename: "a.pdf", data: Buffer.from("PK\u0003\u0004 not really a zip but it starts like one") },
        { json: true },
      );
      expect(zip.statusCode).toBe(415);
      const text = await upload(
        sxdEditor,
        { site: sxd },
        { filename: "a.mp3", data: Buffer.from("xin chào") },
        { json: true },
      );
      expect(text.statusCode).toBe(415);
      const empty = await upload(sxdEditor, { site: sxd, alt: "x" }, undefined);
      expect(empty.statusCode).toBe(422);
      expect(empty.body).toContain("Vui lòng chọn tệp để tải lên.");
    });

    it("checks CSRF on the multipart form and the site the person works on", async () => {
      const png = await samplePng(50, 50);
      const noToken = await upload(
        sxdEditor,
        { site: sxd, alt: "x" },
        { filename: "a.png", data: png },
        { csrf: null },
      );
      expect(noToken.statusCode).toBe(403);
      const wrong = await upload(
        sxdEditor,
        { site: sxd, alt: "x" },
        { filename: "a.png", data: png },
        { csrf: "sai" },
      );
      expect(wrong.statusCode).toBe(403);
      const otherSite = await upload(sxdEditor, { site: stp, alt: "x" }, { filename: "a.png", data: png });
      expect(otherSite.statusCode).toBe(403);
      const shared = await upload(sxdEditor, { site: "", alt: "x" }, { filename: "a.png", data: png });
      expect(shared.statusCode).toBe(422);
      const bogus = await upload(
        sxdEditor,
        { site: "khong-phai-uuid", alt: "x" },
        { filename: "a.png", data: png },
      );
      expect(bogus.statusCode).toBe(422);
      const missingSite = await upload(admin, { site: uuidv7(), alt: "x" }, { filename: "a.png", data: png });
      expect(missingSite.statusCode).toBe(422);
      const notMultipart = await sxdEditor.post("/admin/thu-vien", { site: sxd, alt: "x" });
      expect(notMultipart.statusCode).toBe(415);
      // A system admin may add shared files.
      const ok = await upload(
        admin,
        { site: "", alt: "Biểu trưng tỉnh" },
        { filename: "bieu-trung.png", data: png },
      );
      expect(ok.statusCode).toBe(303);
    });
  });

  describe("delivery", () => {
    let image: Media;
    let mp3Bytes: Buffer;
    let mp3: Media;
    let pdf: Media;

    beforeAll(async () => {
      const a = await uploadJson(
        sxdEditor,
        { site: sxd, alt: "Trụ sở" },
        { filename: "tru-so.jpg", data: await sampleJpeg(700, 500, "#884400") },
      );
      image = await row(a.media.id);
      mp3Bytes = sampleMp3(64 * 1024);
      mp3 = await row(
        (await uploadJson(sxdEditor, { site: sxd }, { filename: "ban tin.mp3", data: mp3Bytes })).media.id,
      );
      pdf = await row(
        (
          await uploadJson(
            sxdEditor,
            { site: sxd },
            { filename: "Quyết định: số 1?.pdf", data: samplePdf("qd1") },
          )
        ).media.id,
      );
    });

    it("serves a file with its stored type, a year of caching, its hash as ETag and nosniff", async () => {
      const res = await t.app.inject({ url: `/tep/${image.sha256}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("image/jpeg");
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(res.headers.etag).toBe(`"${image.sha256}"`);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(sha256(res.rawPayload)).toBe(image.sha256);
      expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);

      const again = await t.app.inject({
        url: `/tep/${image.sha256}`,
        headers: { "if-none-match": `"${image.sha256}"` },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");

      const variant = await t.app.inject({ url: `/tep/${image.sha256}/w640.webp` });
      expect(variant.statusCode).toBe(200);
      expect(variant.headers["content-type"]).toBe("image/webp");
      expect(variant.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect((await sharp(variant.rawPayload).metadata()).width).toBe(640);
      const jpegVariant = await t.app.inject({ url: `/tep/${image.sha256}/w320.jpg` });
      expect(jpegVariant.headers["content-type"]).toBe("image/jpeg");
      expect(variant.headers.etag).not.toBe(jpegVariant.headers.etag);

      const head = await t.app.inject({ method: "HEAD", url: `/tep/${image.sha256}` });
      expect(head.statusCode).toBe(200);
      expect(head.headers["content-type"]).toBe("image/jpeg");
    });

    it("answers Range requests with 206 (players seek in audio and video)", async () => {
      const part = await t.app.inject({ url: `/tep/${mp3.sha256}`, headers: { range: "bytes=100-199" } });
      expect(part.statusCode).toBe(206);
      expect(part.headers["content-type"]).toBe("audio/mpeg");
      expect(part.headers["content-range"]).toBe(`bytes 100-199/${mp3Bytes.length}`);
      expect(part.headers["accept-ranges"]).toBe("bytes");
      expect(part.rawPayload.equals(mp3Bytes.subarray(100, 200))).toBe(true);

      const tail = await t.app.inject({ url: `/tep/${mp3.sha256}`, headers: { range: "bytes=-10" } });
      expect(tail.statusCode).toBe(206);
      expect(tail.rawPayload.equals(mp3Bytes.subarray(mp3Bytes.length - 10))).toBe(true);

      const open = await t.app.inject({ url: `/tep/${mp3.sha256}`, headers: { range: "bytes=65000-" } });
      expect(open.headers["content-range"]).toBe(`bytes 65000-${mp3Bytes.length - 1}/${mp3Bytes.length}`);

      const outside = await t.app.inject({ url: `/tep/${mp3.sha256}`, headers: { range: "bytes=999999-" } });
      expect(outside.statusCode).toBe(416);
      expect(outside.headers["content-range"]).toBe(`bytes */${mp3Bytes.length}`);

      const staleIfRange = await t.app.inject({
        url: `/tep/${mp3.sha256}`,
        headers: { range: "bytes=0-9", "if-range": '"something-else"' },
      });
      expect(staleIfRange.statusCode).toBe(200);
      expect(staleIfRange.rawPayload.length).toBe(mp3Bytes.length);
    });

    it("opens PDFs inline under a safe file name", async () => {
      const res = await t.app.inject({ url: `/tep/${pdf.sha256}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(pdf.original_name).toBe("Quyết định số 1.pdf");
      expect(res.headers["content-disposition"]).toBe(
        `inline; filename="Quyet dinh so 1.pdf"; filename*=UTF-8''${encodeURIComponent(pdf.original_name)}`,
      );
    });

    it("answers unknown or malformed addresses with a 404 page, never a 500", async () => {
      const urls = [
        `/tep/${"0".repeat(64)}`,
        "/tep/khong-phai-ma-bam",
        `/tep/${image.sha256.toUpperCase()}`,
        `/tep/${image.sha256}/w9999.webp`,
        `/tep/${image.sha256}/w640.gif`,
        `/tep/${image.sha256}/..%2F..%2Fetc%2Fpasswd`,
        `/tep/${image.sha256}/phu-de.vtt`,
        `/tep/${"a".repeat(400)}`,
      ];
      for (const url of urls) {
        const res = await t.app.inject({ url, headers: { accept: "text/html" } });
        expect(res.statusCode, url).toBe(404);
        if (res.headers["content-type"]?.toString().startsWith("text/html")) {
          expect(res.body, url).toContain("Không tìm thấy trang");
        }
      }
      // A broken percent-escape is refused by the router before it reaches the route.
      expect((await t.app.inject({ url: "/tep/%E0%A4%A" })).statusCode).toBe(400);
    });

    it("serves a video's WebVTT captions as a track, and edits of the captions show at once", async () => {
      const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nKính thưa quý vị";
      const video = await uploadJson(
        sxdEditor,
        { site: sxd, captions: vtt, caption: "Hội nghị" },
        { filename: "hoi-nghi.mp4", data: sampleMp4() },
      );
      const media = await row(video.media.id);
      expect(media).toMatchObject({ kind: "video", mime: "video/mp4", captions: vtt });
      const track = await t.app.inject({ url: `/tep/${media.sha256}/phu-de.vtt` });
      expect(track.statusCode).toBe(200);
      expect(track.headers["content-type"]).toBe("text/vtt; charset=utf-8");
      expect(track.body).toBe(vtt);
      const page = await sxdEditor.get(`/admin/thu-vien/${media.id}`);
      expect(page.body).toContain(`<track kind="captions" src="/tep/${media.sha256}/phu-de.vtt"`);
      expect(page.body).toContain("Phụ đề hoặc bản ghi lời");

      const edit = await sxdEditor.post(`/admin/thu-vien/${media.id}`, {
        alt: "",
        caption: "Hội nghị",
        credit: "",
        captions: "Bản ghi: kính thưa quý vị.",
      });
      expect(edit.statusCode).toBe(303);
      expect((await t.app.inject({ url: `/tep/${media.sha256}/phu-de.vtt` })).statusCode).toBe(404);
      const transcript = await sxdEditor.get(`/admin/thu-vien/${media.id}`);
      expect(transcript.body).toContain("<summary>Bản ghi lời</summary><p>Bản ghi: kính thưa quý vị.</p>");
    });
  });

  describe("editing and deleting", () => {
    async function freshImage(who: StaffSession, site: string, alt: string, color: string) {
      const res = await uploadJson(
        who,
        { site, alt },
        {
          filename: `${alt}.png`,
          data: await sharp({ create: { width: 400, height: 300, channels: 3, background: color } })
            .png()
            .toBuffer(),
        },
      );
      return row(res.media.id);
    }

    it("edits alt, caption and credit with an audit row; an image keeps its alt text", async () => {
      const media = await freshImage(sxdEditor, sxd, "Công trình", "#123456");
      const res = await sxdEditor.post(`/admin/thu-vien/${media.id}`, {
        alt: "Công trình nhà ở xã hội",
        caption: "Dự án tại phường Nghĩa Chánh",
        credit: "Ảnh: Ban Quản lý dự án",
      });
      expect(res.statusCode).toBe(303);
      expect(await row(media.id)).toMatchObject({
        alt: "Công trình nhà ở xã hội",
        caption: "Dự án tại phường Nghĩa Chánh",
        credit: "Ảnh: Ban Quản lý dự án",
      });
      const log = await audits(media.id);
      expect(log.map((a) => a.action)).toEqual(["media.upload", "media.update"]);
      expect(log[1]?.before).toMatchObject({ alt: "Công trình", caption: "" });
      expect(log[1]?.after).toMatchObject({ alt: "Công trình nhà ở xã hội" });

      const noAlt = await sxdEditor.post(`/admin/thu-vien/${media.id}`, { alt: " ", caption: "Giữ lại" });
      expect(noAlt.statusCode).toBe(422);
      expect(noAlt.body).toContain("Vui lòng nhập Văn bản thay thế");
      expect(noAlt.body).toContain("Giữ lại</textarea>");
      const tooLong = await sxdEditor.post(`/admin/thu-vien/${media.id}`, { alt: "a".repeat(301) });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.body).toContain("không được quá 300 ký tự");
      expect((await row(media.id)).alt).toBe("Công trình nhà ở xã hội");
    });

    it("keeps an editor of one site off another site's files (403), but lets them see it", async () => {
      const media = await freshImage(stpEditor, stp, "Trụ sở Sở Tư pháp", "#654321");
      expect((await sxdEditor.post(`/admin/thu-vien/${media.id}`, { alt: "Sửa trộm" })).statusCode).toBe(403);
      expect((await sxdEditor.post(`/admin/thu-vien/${media.id}/xoa`, {})).statusCode).toBe(403);
      expect((await row(media.id)).alt).toBe("Trụ sở Sở Tư pháp");
      const view = await sxdEditor.get(`/admin/thu-vien/${media.id}`);
      expect(view.statusCode).toBe(200);
      expect(view.body).not.toContain(`action="/admin/thu-vien/${media.id}"`);
      const picker = await stpEditor.get(`/admin/thu-vien/chon?site=${sxd}`);
      expect(picker.statusCode).toBe(403);
      const list = await sxdEditor.get("/admin/thu-vien?q=tru+so+so+tu+phap");
      expect(list.body).toContain("0 tệp");
      const own = await stpEditor.get("/admin/thu-vien?q=tru+so+so+tu+phap");
      expect(own.body).toContain("1 tệp");
    });

    it("refuses to delete a file in use (409, naming where), deletes an unused one with its files", async () => {
      const cover = await freshImage(sxdEditor, sxd, "Ảnh bìa", "#aa0000");
      const inBody = await freshImage(sxdEditor, sxd, "Ảnh trong bài", "#00aa00");
      const attachment = await row(
        (await uploadJson(sxdEditor, { site: sxd }, { filename: "qd.pdf", data: samplePdf("attached") }))
          .media.id,
      );
      const db = t.services.db;
      await db
        .insertInto("content_items")
        .values({
          id: uuidv7(),
          site_id: sxd,
          kind: "article",
          title: "Khởi công cầu mới",
          slug: "khoi-cong-cau-moi",
          cover_media_id: cover.id,
        })
        .execute();
      await db
        .insertInto("content_items")
        .values({
          id: uuidv7(),
          site_id: sxd,
          kind: "article",
          title: "Nghiệm thu công trình",
          slug: "nghiem-thu",
          body_html: `<p><img src="/tep/${inBody.sha256}/w320.webp" alt="x"></p>`,
        })
        .execute();
      const docId = uuidv7();
      await db
        .insertInto("legal_documents")
        .values({
          id: docId,
          number_symbol: "12/QĐ-SXD",
          doc_type: "Quyết định",
          issuer_name: "Sở Xây dựng",
          issued_on: "2026-03-01",
          summary: "Về việc…",
        })
        .execute();
      await db
        .insertInto("legal_document_files")
        .values({ document_id: docId, media_id: attachment.id })
        .execute();

      const refusedCover = await sxdEditor.post(`/admin/thu-vien/${cover.id}/xoa`, {});
      expect(refusedCover.statusCode).toBe(409);
      expect(refusedCover.body).toContain(
        "Không thể xóa tệp này vì đang được dùng: Ảnh đại diện của bài “Khởi công cầu mới”",
      );
      const refusedBody = await t.app.inject({
        method: "POST",
        url: `/admin/thu-vien/${inBody.id}/xoa`,
        headers: { cookie: sxdEditor.cookie, "x-csrf-token": sxdEditor.csrf, accept: "application/json" },
      });
      expect(refusedBody.statusCode).toBe(409);
      expect(refusedBody.json().error).toMatchObject({ code: "media_in_use" });
      expect(refusedBody.json().error.message).toContain("Trong nội dung bài “Nghiệm thu công trình”");
      const refusedLegal = await sxdEditor.post(`/admin/thu-vien/${attachment.id}/xoa`, {});
      expect(refusedLegal.statusCode).toBe(409);
      expect(refusedLegal.body).toContain("Tệp đính kèm văn bản 12/QĐ-SXD");
      for (const m of [cover, inBody, attachment]) expect(await row(m.id)).toBeTruthy();

      const unused = await freshImage(sxdEditor, sxd, "Ảnh thừa", "#0000aa");
      const files = [unused.sha256, ...unused.variants.map((v) => v.sha256)];
      for (const sha of files) expect(fs.existsSync(onDisk(sha))).toBe(true);
      const res = await sxdEditor.post(`/admin/thu-vien/${unused.id}/xoa`, {});
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/admin/thu-vien");
      expect(
        await db.selectFrom("media").select("id").where("id", "=", unused.id).executeTakeFirst(),
      ).toBeUndefined();
      for (const sha of files) expect(fs.existsSync(onDisk(sha))).toBe(false);
      expect((await audits(unused.id)).map((a) => a.action)).toEqual(["media.upload", "media.delete"]);
      expect((await t.app.inject({ url: `/tep/${unused.sha256}` })).statusCode).toBe(404);
    });

    it("answers malformed and unknown ids with 404", async () => {
      for (const url of ["/admin/thu-vien/khong-co", `/admin/thu-vien/${uuidv7()}`]) {
        expect((await sxdEditor.get(url)).statusCode, url).toBe(404);
        expect((await sxdEditor.post(url, { alt: "x" })).statusCode, url).toBe(404);
        expect((await sxdEditor.post(`${url}/xoa`, {})).statusCode, url).toBe(404);
      }
    });
  });

  describe("library list and picker", () => {
    it("searches without diacritics, filters by kind and site, pages with a bounded number of queries", async () => {
      await uploadJson(
        sxdEditor,
        { site: sxd, alt: "Quảng trường Phạm Văn Đồng" },
        { filename: "quang-truong.jpg", data: await sampleJpeg(400, 300, "#335577") },
      );
      const found = await sxdEditor.get("/admin/thu-vien?q=QUANG+TRUONG+pham+van+dong");
      expect(found.statusCode).toBe(200);
      expect(found.body).toContain("1 tệp");
      expect(found.body).toContain("quang-truong.jpg");
      const pdfs = await sxdEditor.get("/admin/thu-vien?kind=pdf");
      expect(pdfs.body).toContain("anh.pdf");
      expect(pdfs.body).not.toContain("quang-truong.jpg");
      const bySite = await admin.get(`/admin/thu-vien?site=${stp}`);
      expect(bySite.body).toContain("Trụ sở Sở Tư pháp");
      expect(bySite.body).not.toContain("quang-truong.jpg");
      const odd = await sxdEditor.get("/admin/thu-vien?page=-3&kind=exe&site=abc&q=%25_%5C");
      expect(odd.statusCode).toBe(200);

      const few = await countQueries(() => admin.get("/admin/thu-vien?kind=video"));
      for (let i = 0; i < 4; i++) {
        await uploadJson(
          admin,
          { site: sxd, alt: `Ảnh số ${i}` },
          { filename: `anh-${i}.png`, data: await samplePng(40 + i, 40) },
        );
      }
      const many = await countQueries(() => admin.get("/admin/thu-vien"));
      expect(many.result.statusCode).toBe(200);
      expect(many.queries).toBe(few.queries);
      expect(many.queries).toBeLessThanOrEqual(12);
    });

    it("gives pickers the site's and shared images as JSON", async () => {
      const res = await sxdEditor.get(`/admin/thu-vien/chon?site=${sxd}&q=quang+truong`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        items: { id: string; kind: string; alt: string; thumbnailUrl: string; url: string }[];
        hasMore: boolean;
      };
      expect(body.items).toHaveLength(1);
      expect(body.items[0]).toMatchObject({ kind: "image", alt: "Quảng trường Phạm Văn Đồng" });
      expect(body.items[0]?.thumbnailUrl).toMatch(/^\/tep\/[0-9a-f]{64}\/w320\.webp$/);
      const all = (await sxdEditor.get(`/admin/thu-vien/chon?site=${sxd}`)).json() as {
        items: { kind: string; siteId: string | null }[];
      };
      expect(all.items.every((i) => i.kind === "image")).toBe(true);
      expect(all.items.some((i) => i.siteId === null)).toBe(true);
      expect(all.items.every((i) => i.siteId === null || i.siteId === sxd)).toBe(true);
      expect((await sxdEditor.get("/admin/thu-vien/chon?site=abc")).statusCode).toBe(400);
      expect((await sxdEditor.get("/admin/thu-vien/chon")).statusCode).toBe(400);
    });

    it("keeps the library from staff without an editorial role", async () => {
      const clerk = await createStaff(t.services.db, {
        username: "vanthu-media",
        unitId: demoUnitId("SXD"),
        grants: [{ role: "clerk", unitId: demoUnitId("SXD") }],
      });
      const s = await signIn(t.app, { ...clerk, remoteAddress: "10.0.0.4" });
      expect((await s.get("/admin/thu-vien")).statusCode).toBe(403);
      const res = await upload(
        s,
        { site: sxd, alt: "x" },
        { filename: "a.png", data: await samplePng(20, 20) },
      );
      expect(res.statusCode).toBe(403);
    });
  });
});
