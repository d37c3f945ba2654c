// Holds the OpenAPI document to its word: every answer a test file receives from its app is
// recorded and, when the file ends, checked against the document the app itself serves. An
// answer whose status the operation does not document, whose content type it does not list,
// or whose JSON body does not match the documented schema fails the file.
// Imported by test/support/app.ts, so every test file that starts an app is covered.
import { afterAll } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown> };
}
interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface Recorded {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: string;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
}

const documents = new Map<string, OpenApiDocument>();
const recorded: Recorded[] = [];

/** Start recording the answers of an app at this base URL (its document is taken now). */
export function recordResponsesOf(baseUrl: string, document: unknown): void {
  documents.set(baseUrl, document as OpenApiDocument);
  installFetchRecorder();
}

let installed = false;
function installFetchRecorder() {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (documents.has(url.origin)) {
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      recorded.push({
        method,
        path: `${url.origin}|${url.pathname}`,
        status: response.status,
        contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(),
        body: method === 'HEAD' ? '' : await response.clone().text(),
      });
    }
    return response;
  };
}

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const segments = template
      .split('/')
      .map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    for (const method of Object.keys(item)) {
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${segments.join('/')}$`),
        params: (template.match(/\{/g) ?? []).length,
      });
    }
  }
  // The router prefers a fixed segment to a parameter: try the most specific templates first.
  return operations.sort((a, b) => a.params - b.params);
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every disagreement between the recorded answers and the documents; empty when they agree. */
export function checkRecordedResponses(answers: readonly Recorded[] = recorded): string[] {
  const problems = new Set<string>();
  for (const [baseUrl, document] of documents) {
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormatsModule.default(ajv);
    ajv.addSchema({ ...document, $id: 'openapi' });
    const operations = operationsOf(document);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    for (const answer of answers) {
      const [origin, path] = answer.path.split('|') as [string, string];
      if (origin !== baseUrl) continue;
      const operation = operations.find((o) => o.method === answer.method && o.pattern.test(path));
      // Not an operation of the API (public pages, the web app, a route that does not exist).
      if (!operation) continue;
      const where = `${answer.method} ${operation.template} → ${answer.status}`;
      const responses = document.paths[operation.template]![operation.method.toLowerCase()]!.responses ?? {};
      const documented = responses[String(answer.status)] ?? responses[`${String(answer.status)[0]}XX`];
      if (!documented) {
        problems.add(`${where}: status not documented`);
        continue;
      }
      if (!documented.content) {
        if (answer.body !== '') problems.add(`${where}: a body where the document says none`);
        continue;
      }
      const media = documented.content[answer.contentType];
      if (!media) {
        problems.add(
          `${where}: content type ${answer.contentType || '(none)'} not documented (${Object.keys(documented.content).join(', ')})`,
        );
        continue;
      }
      if (!/json$/.test(answer.contentType) || media.schema === undefined) continue;
      const pointer = [
        'paths',
        operation.template,
        operation.method.toLowerCase(),
        'responses',
        String(answer.status),
        'content',
        answer.contentType,
        'schema',
      ]
        .map(escapePointer)
        .join('/');
      let validate = validators.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `openapi#/${pointer}` });
        validators.set(pointer, validate);
      }
      let body: unknown;
      try {
        body = JSON.parse(answer.body);
      } catch {
        problems.add(`${where}: the body is not JSON`);
        continue;
      }
      if (!validate(body)) {
        const first = validate.errors?.[0];
        problems.add(`${where}: body does not match (${first?.instancePath || '/'} ${first?.message ?? ''})`);
      }
    }
  }
  return [...problems];
}

afterAll(() => {
  const problems = checkRecordedResponses();
  recorded.length = 0;
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} answer(s) disagree with the OpenAPI document:\n  ${problems.join('\n  ')}`,
    );
  }
});
