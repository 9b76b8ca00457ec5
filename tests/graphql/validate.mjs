// Validates every GraphQL document Hindsight sends to GitHub against GitHub's published schema
// (@octokit/graphql-schema), and the example variables against the documents' variable types.
//
//   node validate.mjs PATH/TO/graphql_documents
//
// Exits 0 when every document and its variables are valid.
import { execFileSync } from 'node:child_process';
import { buildClientSchema, getOperationAST, getVariableValues, parse, validate } from 'graphql';
import { schema as github } from '@octokit/graphql-schema';

const schema = buildClientSchema(github.json);
const requests = JSON.parse(execFileSync(process.argv[2], { encoding: 'utf8' }));
// Every operation the client has; a new one must be added to GitHubClient::exampleRequests() and here.
const expected = [
  'HindsightRepository',
  'HindsightDiscussion',
  'HindsightDiscussionsPage',
  'HindsightCreateDiscussion',
  'HindsightUpdateDiscussion',
];

let passed = 0;
let failed = 0;
const fail = (name, problems) => {
  failed += 1;
  console.log(`FAIL ${name}`);
  for (const problem of problems) console.log(`  ${problem}`);
};

for (const name of expected) {
  if (!requests.some((request) => request.operationName === name)) fail(name, ['not among the documents printed']);
}
for (const request of requests) {
  const name = request.operationName;
  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    fail(name, [`does not parse: ${error.message}`]);
    continue;
  }
  const problems = validate(schema, document).map((error) => error.message);
  const operation = getOperationAST(document, name);
  if (!operation) {
    problems.push(`has no operation named ${name}`);
  } else {
    if ((operation.operation === 'mutation') !== request.mutation)
      problems.push(`is ${operation.operation === 'mutation' ? '' : 'not '}a mutation, but the client says otherwise`);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables);
    for (const error of coerced.errors ?? []) problems.push(`variables: ${error.message}`);
  }
  if (problems.length > 0) fail(name, problems);
  else {
    passed += 1;
    console.log(`ok   ${name}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
