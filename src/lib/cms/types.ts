/**
 * The part of Decap CMS's configuration that Setka generates (https://decapcms.org/docs/configuration-options/).
 * Field names follow Decap's own snake_case keys so the object can be written to `config.yml` as is.
 */

/** One option of a `select` widget. */
export interface SelectOption {
  label: string;
  value: string;
}

/** A form field (any widget). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'number' | 'boolean' | 'datetime' | 'select' | 'relation' | 'object' | 'list' | 'file' | 'image' | 'hidden'
    // Setka's widgets (src/client/cms/widgets.ts): a date typed as ДД.ММ.ГГГГ, report rows pre-filled with the items due, the coordinator from the pairing.
    | 'setka-date' | 'setka-coordinator';
  /** A `list` that fills itself with the roadmap items due (Decap builds a new entry's defaults by widget name, so it stays `list`). */
  setka_prefill?: 'report-rows';
  /** Decap treats a missing `required` as true, so Setka always writes it. */
  required: boolean;
  hint?: string;
  default?: unknown;
  /** `[regex source, message]` checked by the form. */
  pattern?: [string, string];
  // select
  options?: SelectOption[];
  multiple?: boolean;
  // relation
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  filters?: Array<{ field: string; values: string[] }>;
  // datetime
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  // number
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  // list / object
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  minimize_collapsed?: boolean;
  label_singular?: string;
  add_to_top?: boolean;
  allow_add?: boolean;
  // markdown
  modes?: Array<'raw' | 'rich_text'>;
  buttons?: string[];
  editor_components?: string[];
}

/** A collection of files in a folder (documents, schools, …). */
export interface FolderCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  extension: 'yaml' | 'md';
  /** Setka's own formats (src/lib/cms/yaml-format.ts): only edited lines change. */
  format: 'setka-yaml' | 'setka-frontmatter';
  create: boolean;
  delete?: boolean;
  slug: string;
  path?: string;
  /** Where «Просмотр» opens the entry on the site (relative to site_url). */
  preview_path?: string;
  identifier_field: string;
  summary?: string;
  sortable_fields?: Array<string | { field: string; label?: string; default_sort?: boolean | 'asc' | 'desc' }>;
  view_filters?: Array<{ label: string; field: string; pattern: string | boolean }>;
  view_groups?: Array<{ label: string; field: string; pattern?: string }>;
  editor?: { preview: boolean };
  fields: CmsField[];
}

/** A collection of named single files (settings). */
export interface FilesCollection {
  name: string;
  label: string;
  description?: string;
  editor?: { preview: boolean };
  format?: 'setka-yaml';
  files: Array<{ name: string; label: string; file: string; fields: CmsField[] }>;
}

export type CmsCollection = FolderCollection | FilesCollection;

/** Backend section of the config. */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'git-gateway';
  repo?: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  auth_type?: 'pkce' | 'implicit';
  app_id?: string;
  squash_merges?: boolean;
  commit_messages?: Record<string, string>;
}

/** The whole Decap configuration. */
export interface CmsConfig {
  backend: CmsBackend;
  local_backend: { url: string; allowed_hosts: string[] };
  publish_mode: 'simple' | 'editorial_workflow';
  locale: 'ru';
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii' | 'unicode'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: CmsCollection[];
}
