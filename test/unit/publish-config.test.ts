/**
 * The ready-made publishing pipelines: each runs on a push to the content branch and on a daily
 * schedule (statuses depend on the date), checks types and content and builds before it publishes, and publishes
 * only from a job that depends on the passed check and build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => parse(readFileSync(path, 'utf8'));
const settingsBranch = (read('src/content/settings/site.yaml') as { cms: { branch: string } }).cms.branch;

describe('GitHub Actions: .github/workflows/publish.yml', () => {
  const wf = read('.github/workflows/publish.yml') as {
    on: { push: { branches: string[] }; schedule: Array<{ cron: string }> };
    jobs: Record<string, { needs?: string | string[]; steps: Array<{ run?: string; uses?: string }> }>;
  };

  it('runs on pushes to the content branch and once a day', () => {
    expect(wf.on.push.branches).toEqual([settingsBranch]);
    expect(wf.on.schedule).toHaveLength(1);
    expect(wf.on.schedule[0]!.cron.split(' ').slice(2)).toEqual(['*', '*', '*']);
  });

  it('checks, then builds, then uploads; deploys only after that job', () => {
    const steps = wf.jobs.build!.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (text: string) => steps.findIndex((s) => s.startsWith(text));
    expect(at('npm install')).toBeGreaterThan(-1);
    expect(at('npm run typecheck')).toBeGreaterThan(at('npm install'));
    expect(at('npm run check')).toBeGreaterThan(at('npm run typecheck'));
    expect(at('npm run build')).toBeGreaterThan(at('npm run check'));
    expect(at('npm run test:full')).toBeGreaterThan(at('npm run build'));
    expect(at('actions/upload-pages-artifact')).toBeGreaterThan(at('npm run test:full'));
    expect(steps.some((s) => s.startsWith('npm ci'))).toBe(false);
    expect(wf.jobs.deploy!.needs).toBe('build');
    expect(wf.jobs.deploy!.steps.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});

describe('GitHub Actions: .github/workflows/access.yml', () => {
  const wf = read('.github/workflows/access.yml') as { on: { pull_request: { branches: string[] } }; jobs: { access: { steps: Array<{ run?: string; with?: Record<string, unknown> }> } } };
  it('checks who may change what on every pull request to the content branch', () => {
    expect(wf.on.pull_request.branches).toEqual([settingsBranch]);
    const steps = wf.jobs.access.steps;
    expect(steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.map((s) => s.run ?? '')).toContainEqual('npm run check -- --changes "origin/${{ github.base_ref }}..HEAD" --author "${{ github.event.pull_request.user.login }}"');
  });
});

describe('GitLab CI: .gitlab-ci.yml', () => {
  const ci = read('.gitlab-ci.yml') as Record<string, unknown> & {
    stages: string[];
    workflow: { rules: Array<{ if: string }> };
  };
  const job = (name: string) => ci[name] as { stage: string; script: Array<string | string[]>; needs?: string[]; artifacts?: { paths: string[] } };
  const script = (name: string) => job(name).script.flat().join('\n');

  it('runs on the default branch, by schedule, by hand and on merge requests', () => {
    expect(ci.workflow.rules.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "schedule"', '$CI_PIPELINE_SOURCE == "web"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', '$CI_PIPELINE_SOURCE == "merge_request_event"']);
  });

  it('checks access on merge requests and never publishes one', () => {
    const access = ci.access as { rules: Array<{ if: string }>; script: Array<string | string[]> };
    expect(access.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(access.script.flat().join('\n')).toContain('npm run check -- --changes "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME..HEAD" --author "$GITLAB_USER_LOGIN"');
    expect((ci.pages as { rules: Array<{ if: string }> }).rules).toEqual([{ if: '$CI_PIPELINE_SOURCE != "merge_request_event"' }]);
  });

  it('publishes pages only after the check and build stages', () => {
    expect(ci.stages).toEqual(['check', 'build', 'deploy']);
    expect(script('check')).toMatch(/npm run typecheck\n(.*\n)*npm run check/);
    expect(script('build')).toMatch(/npm run build\n(.*\n)*.*npm run test:full/);
    expect(job('build').artifacts?.paths).toEqual(['dist/']);
    expect(job('pages')).toMatchObject({ stage: 'deploy', needs: ['build'], artifacts: { paths: ['public/'] } });
    expect(script('pages')).toContain('mv dist public');
  });
});
