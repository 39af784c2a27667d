/**
 * Who may change what: a school's coordinators (by their Git-hosting login) change only that
 * school's reports, `src/content/reports/<school>/`; methodists change anything. Decap has no
 * roles, so this runs on every merge request (`npm run check -- --changes <base>..<head>
 * --author <login>`) and branch protection makes it required (README).
 */
import type { Problem } from './types';

/** The `access` block of the settings entry. */
export interface AccessSettings {
  /** Logins of the department's methodists: no restriction. */
  methodists: string[];
  /** Each school's coordinators' logins. */
  schools: Array<{ school: string; logins: string[] }>;
}

/** The report folder a school may change. */
export function reportFolder(school: string): string {
  return `src/content/reports/${school}/`;
}

const norm = (login: string) => login.trim().replace(/^@/, '').toLowerCase();

/**
 * Problems of one change (the changed paths, relative to the repository root) by `author`:
 * an error per file outside the author's report folders when the login belongs to a school;
 * nothing for a methodist; a warning when the login is in neither list (treated as staff: the
 * review decides).
 */
export function accessProblems(access: AccessSettings | undefined, author: string, files: readonly string[], settingsFile = 'src/content/settings/site.yaml'): Problem[] {
  const login = norm(author);
  if (!access || access.methodists.some((m) => norm(m) === login)) return [];
  const schools = access.schools.filter((s) => s.logins.some((l) => norm(l) === login)).map((s) => s.school);
  if (schools.length === 0) {
    return [{ severity: 'warning', code: 'access.unknown-login', file: settingsFile, field: 'access', collection: 'settings', data: { login: author } }];
  }
  const folders = schools.map(reportFolder);
  return files
    .filter((file) => !folders.some((folder) => file.startsWith(folder)))
    .map((file): Problem => ({ severity: 'error', code: 'access.outside-school', file, data: { login: author, schools: schools.join(', '), folders: folders.join(', ') } }));
}
