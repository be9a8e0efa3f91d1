/** Tables of the submission part beyond the core (see migrations.ts). */
export interface DossierPaperTable {
  dossier_id: string;
  document_key: string;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    dossier_papers: DossierPaperTable;
  }
}
