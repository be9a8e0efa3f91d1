import type { ComponentChildren } from "preact";
import { formatDateTime } from "../../../../platform/i18n/index.js";
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { CommentsAdminLink } from "../../comments/views/item-page.js";
import { mediaUrl } from "../../media/responsive-image.js";
import { RoyaltyFields, type RoyaltyPanelData } from "../../royalties/index.js";
import {
  SpellcheckPanel,
  type SpellcheckPanelProps,
  SpellcheckRecheckButton,
} from "../../spellcheck/views/spellcheck-panel.js";
import type { ContentItem } from "../../tables.js";
import { tc } from "../catalogue.js";
import { CONTENT_KINDS, type ContentFormValues } from "../domain/input.js";
import { kindLabel, type Option, StatusTag } from "./content-list.js";

/** The rich-text field: a plain textarea of HTML, which the editor island (if JavaScript runs) turns into TipTap. */
function BodyField({ value, errors }: { value: string; errors: Errors | undefined }) {
  const error = errors?.body_html;
  const describedBy = ["f-body_html-hint", error ? "f-body_html-error" : ""].filter(Boolean).join(" ");
  return (
    <div class={`form-group${error ? " has-error" : ""}`} data-rich-text-group="">
      <label for="f-body_html" id="f-body_html-label">
        {tc("portal.content.field.body_html")}
      </label>
      <span class="hint" id="f-body_html-hint">
        {tc("portal.content.hint.body")}
      </span>
      {error ? (
        <span class="field-error" id="f-body_html-error">
          {error}
        </span>
      ) : null}
      <textarea
        id="f-body_html"
        name="body_html"
        rows={18}
        class="rich-text-source"
        data-rich-text=""
        data-toolbar-label={tc("portal.content.editor.toolbar")}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {value}
      </textarea>
    </div>
  );
}

export interface ContentFormProps {
  mode: "create" | "edit";
  action: string;
  csrf: string;
  values: ContentFormValues;
  errors?: Errors | undefined;
  /** Create only: the sites the person may write for (the item's site cannot change later). */
  siteOptions?: Option[];
  categoryOptions: Option[];
  imageOptions: Option[];
  coverPreview: { sha256: string; alt: string } | null;
  /** Edit only: where the spell check button sends the unsaved text. */
  recheckAction?: string | undefined;
}

export function ContentForm(props: ContentFormProps) {
  const { values: v, errors } = props;
  return (
    <form method="post" action={props.action} class="content-form" novalidate>
      <CsrfField token={props.csrf} />
      {props.mode === "edit" ? <input type="hidden" name="version" value={v.version} /> : null}
      {props.mode === "create" ? <input type="hidden" name="site_id" value={v.site_id} /> : null}
      <h2>{tc("portal.content.section.details")}</h2>
      <SelectField
        name="kind"
        label={tc("portal.content.field.kind")}
        value={v.kind || "article"}
        options={CONTENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        errors={errors}
      />
      <SelectField
        name="category_id"
        label={tc("portal.content.field.category_id")}
        value={v.category_id}
        emptyLabel={tc("portal.content.noCategory")}
        options={props.categoryOptions}
        errors={errors}
      />
      <TextField
        name="title"
        label={tc("portal.content.field.title")}
        value={v.title}
        errors={errors}
        maxLength={300}
      />
      <TextField
        name="slug"
        label={tc("portal.content.field.slug")}
        hint={tc("portal.content.hint.slug")}
        value={v.slug}
        errors={errors}
        maxLength={120}
      />
      <TextArea
        name="lead"
        label={tc("portal.content.field.lead")}
        hint={tc("portal.content.hint.lead")}
        value={v.lead}
        rows={3}
        errors={errors}
      />
      <BodyField value={v.body_html} errors={errors} />

      <h2>{tc("portal.content.section.cover")}</h2>
      {props.coverPreview ? (
        <p>
          <img class="cover-preview" src={mediaUrl(props.coverPreview.sha256)} alt={props.coverPreview.alt} />
        </p>
      ) : null}
      <SelectField
        name="cover_media_id"
        label={tc("portal.content.field.cover_media_id")}
        hint={tc("portal.content.hint.cover")}
        value={v.cover_media_id}
        emptyLabel={tc("portal.content.noCover")}
        options={props.imageOptions}
        errors={errors}
      />
      <TextField
        name="cover_alt"
        label={tc("portal.content.field.cover_alt")}
        hint={tc("portal.content.hint.coverAlt")}
        value={v.cover_alt}
        errors={errors}
        maxLength={300}
      />
      <TextField
        name="cover_caption"
        label={tc("portal.content.field.cover_caption")}
        value={v.cover_caption}
        errors={errors}
        maxLength={500}
      />

      <h2>{tc("portal.content.section.meta")}</h2>
      <TextField
        name="author"
        label={tc("portal.content.field.author")}
        value={v.author}
        errors={errors}
        maxLength={200}
      />
      <Checkbox name="is_repost" label={tc("portal.content.field.is_repost")} checked={v.is_repost} />
      <TextField
        name="source"
        label={tc("portal.content.field.source")}
        hint={tc("portal.content.hint.source")}
        value={v.source}
        errors={errors}
        maxLength={500}
      />
      <TextField
        name="tags"
        label={tc("portal.content.field.tags")}
        hint={tc("portal.content.hint.tags")}
        value={v.tags}
        errors={errors}
      />
      <TextField
        name="publish_at"
        label={tc("portal.content.field.publish_at")}
        hint={tc("portal.content.hint.publishAt")}
        value={v.publish_at}
        errors={errors}
        maxLength={25}
      />
      <TextField
        name="expire_at"
        label={tc("portal.content.field.expire_at")}
        hint={tc("portal.content.hint.expireAt")}
        value={v.expire_at}
        errors={errors}
        maxLength={25}
      />
      <div class="form-group">
        <button type="submit" class="button">
          {props.mode === "create" ? tc("portal.content.saveNew") : tc("portal.content.saveDraft")}
        </button>
        {props.recheckAction ? <SpellcheckRecheckButton action={props.recheckAction} /> : null}
      </div>
    </form>
  );
}

/** Create page: pick the site first (without JavaScript the category and image lists must match it). */
export function ChooseSiteView({ siteOptions }: { siteOptions: Option[] }) {
  return (
    <form method="get" action="/admin/noi-dung/moi">
      <SelectField
        name="site"
        label={tc("portal.content.field.site_id")}
        hint={tc("portal.content.hint.site")}
        options={siteOptions}
        value=""
      />
      <div class="form-group">
        <button type="submit" class="button">
          {tc("portal.content.chooseSite")}
        </button>
      </div>
    </form>
  );
}

export function CreateView(props: ContentFormProps & { siteName: string; editorScript: string | null }) {
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{tc("portal.content.siteLine", { site: props.siteName })}</p>
      <ContentForm {...props} />
      {props.editorScript ? <script src={props.editorScript} defer /> : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="content-panel" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export interface WorkflowPanelProps {
  item: ContentItem;
  csrf: string;
  actions: readonly string[];
  scheduleValue: string;
  commentValue: string;
  errors?: Errors | undefined;
  /** Royalty assessment fields of the publish and schedule forms (null for static pages). */
  royalty?: RoyaltyPanelData | null;
}

function WorkflowForm({
  item,
  csrf,
  action,
  children,
}: {
  item: ContentItem;
  csrf: string;
  action: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={`/admin/noi-dung/${item.id}/quy-trinh`} class="workflow-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="version" value={String(item.version)} />
      {children}
    </form>
  );
}

export function WorkflowPanel(props: WorkflowPanelProps) {
  const { item, csrf, actions, errors } = props;
  return (
    <Section title={tc("portal.content.section.workflow")}>
      {actions.length === 0 ? <p>{tc("portal.workflow.none")}</p> : null}
      {actions.includes("submit") ? (
        <WorkflowForm item={item} csrf={csrf} action="submit">
          <button type="submit" class="button">
            {tc("portal.workflow.submit")}
          </button>
        </WorkflowForm>
      ) : null}
      {actions.includes("publish") ? (
        <WorkflowForm item={item} csrf={csrf} action="publish">
          <RoyaltyFields data={props.royalty} action="publish" errors={errors} />
          <button type="submit" class="button">
            {item.status === "unpublished" ? tc("portal.workflow.republish") : tc("portal.workflow.publish")}
          </button>
        </WorkflowForm>
      ) : null}
      {actions.includes("schedule") ? (
        <WorkflowForm item={item} csrf={csrf} action="schedule">
          <TextField
            name="schedule_at"
            label={tc("portal.workflow.scheduleAt")}
            hint={tc("portal.content.hint.dateTime")}
            value={props.scheduleValue}
            errors={errors}
            maxLength={25}
          />
          <RoyaltyFields data={props.royalty} action="schedule" errors={errors} />
          <button type="submit" class="button secondary">
            {tc("portal.workflow.schedule")}
          </button>
        </WorkflowForm>
      ) : null}
      {actions.includes("return") ? (
        <WorkflowForm item={item} csrf={csrf} action="return">
          <TextArea
            name="comment"
            label={tc("portal.workflow.comment")}
            hint={tc("portal.workflow.commentHint")}
            value={props.commentValue}
            rows={3}
            errors={errors}
          />
          <button type="submit" class="button secondary">
            {tc("portal.workflow.return")}
          </button>
        </WorkflowForm>
      ) : null}
      {actions.includes("unpublish") ? (
        <WorkflowForm item={item} csrf={csrf} action="unpublish">
          <button type="submit" class="button warning">
            {item.status === "scheduled" ? tc("portal.workflow.unschedule") : tc("portal.workflow.unpublish")}
          </button>
        </WorkflowForm>
      ) : null}
    </Section>
  );
}

export interface EditPageProps {
  item: ContentItem;
  siteName: string;
  publicPath: string | null;
  revisionCount: number;
  originSiteName: string | null;
  workflow: WorkflowPanelProps;
  /** The edit form when the person may edit the item in its state; otherwise why not. */
  form: ContentFormProps | null;
  /** Spell check warnings (advisory): before submitting for the editor, on the item page for the approver. */
  spellcheck?: SpellcheckPanelProps | null;
  lockedReason: string | null;
  /** Cover upload (multipart) form, when the item can be edited. */
  uploadAction: string | null;
  uploadErrors?: Errors | undefined;
  promote: { action: string; categoryOptions: Option[]; siteName: string } | null;
  promotedCopy: { id: string } | null;
  editorScript: string | null;
  errors?: Errors | undefined;
}

export function EditView(props: EditPageProps) {
  const { item } = props;
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <ul class="content-meta">
        <li>
          {tc("portal.content.col.status")}: <StatusTag status={item.status} />
        </li>
        <li>{tc("portal.content.siteLine", { site: props.siteName })}</li>
        <li>{tc("portal.content.versionLine", { version: item.version })}</li>
        <li>
          <a href={`/admin/noi-dung/${item.id}/phien-ban`}>
            {tc("portal.content.revisionsLink", { count: props.revisionCount })}
          </a>
        </li>
        {item.kind === "page" ? null : (
          <li>
            <CommentsAdminLink contentId={item.id} />
          </li>
        )}
        {props.publicPath ? (
          <li>
            <a href={props.publicPath}>{tc("portal.content.viewPublic")}</a>
          </li>
        ) : null}
      </ul>
      {item.status === "returned" && item.return_comment ? (
        <div class="notice notice-warning" role="note">
          <p>{tc("portal.content.returnedNotice")}</p>
          <blockquote class="return-comment">{item.return_comment}</blockquote>
        </div>
      ) : null}
      {item.status === "scheduled" && item.publish_at ? (
        <p class="notice">
          {tc("portal.content.scheduledNotice", { time: formatDateTime(item.publish_at) })}
        </p>
      ) : null}
      {item.status === "published" && item.published_at ? (
        <p class="notice">
          {tc("portal.content.publishedNotice", { time: formatDateTime(item.published_at) })}
        </p>
      ) : null}
      {(item.status === "published" || item.status === "scheduled") && item.expire_at ? (
        <p class="notice">{tc("portal.content.expiresNotice", { time: formatDateTime(item.expire_at) })}</p>
      ) : null}
      {props.originSiteName ? (
        <p>{tc("portal.content.originNotice", { site: props.originSiteName })}</p>
      ) : null}

      {props.spellcheck ? <SpellcheckPanel {...props.spellcheck} /> : null}
      <WorkflowPanel {...props.workflow} />

      {props.promote ? (
        <Section title={tc("portal.content.section.promote")}>
          <p class="hint">{tc("portal.promote.hint", { site: props.promote.siteName })}</p>
          <form method="post" action={props.promote.action}>
            <CsrfField token={props.workflow.csrf} />
            <SelectField
              name="promote_category_id"
              label={tc("portal.promote.category")}
              value=""
              emptyLabel={tc("portal.content.noCategory")}
              options={props.promote.categoryOptions}
            />
            <button type="submit" class="button">
              {tc("portal.promote.button")}
            </button>
          </form>
        </Section>
      ) : null}
      {props.promotedCopy ? (
        <p>
          {tc("portal.content.promotedNotice")}{" "}
          <a href={`/admin/noi-dung/${props.promotedCopy.id}`}>{tc("portal.content.promotedLink")}</a>
        </p>
      ) : null}

      {props.form ? (
        <ContentForm {...props.form} />
      ) : (
        <Section title={tc("portal.content.section.readOnly")}>
          {props.lockedReason ? <p class="notice">{props.lockedReason}</p> : null}
          <ReadOnlyItem item={item} />
        </Section>
      )}

      {props.uploadAction ? (
        <Section title={tc("portal.content.section.upload")}>
          <ErrorSummary errors={props.uploadErrors} lang="vi" />
          <form method="post" action={props.uploadAction} enctype="multipart/form-data">
            <div class={`form-group${props.uploadErrors?.file ? " has-error" : ""}`}>
              <label for="f-file">{tc("portal.content.field.cover_file")}</label>
              {props.uploadErrors?.file ? (
                <span class="field-error" id="f-file-error">
                  {props.uploadErrors.file}
                </span>
              ) : null}
              <input
                type="file"
                id="f-file"
                name="file"
                accept="image/jpeg,image/png,image/webp,image/gif"
                aria-describedby={props.uploadErrors?.file ? "f-file-error" : undefined}
              />
            </div>
            <TextField
              name="alt"
              label={tc("portal.content.field.cover_alt")}
              hint={tc("portal.content.hint.coverAlt")}
              errors={props.uploadErrors}
              maxLength={300}
            />
            <TextField
              name="caption"
              label={tc("portal.content.field.cover_caption")}
              errors={props.uploadErrors}
              maxLength={500}
            />
            <button type="submit" class="button secondary">
              {tc("portal.content.uploadCover")}
            </button>
          </form>
        </Section>
      ) : null}
      {props.editorScript && props.form ? <script src={props.editorScript} defer /> : null}
    </>
  );
}

function ReadOnlyItem({ item }: { item: ContentItem }) {
  return (
    <article class="content-preview">
      <h3>{item.title}</h3>
      {item.lead ? <p class="lead">{item.lead}</p> : null}
      {/* The stored body was sanitised on the server before it was saved (domain/sanitize.ts). */}
      <div class="content-body" dangerouslySetInnerHTML={{ __html: item.body_html }} />
      {item.source ? <p>{tc("portal.promote.sourceLine", { site: item.source })}</p> : null}
    </article>
  );
}

export { kindLabel };
