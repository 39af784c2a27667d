/** A throw-away copy of the project for tests that let a tool write into it (see scripts/lib/project-copy.ts). */
export { copyProject } from '../../scripts/lib/project-copy';
