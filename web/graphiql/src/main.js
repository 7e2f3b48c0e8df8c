// Must run before GraphiQL/Monaco create any editor.
import './workers.js';

import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
// Styles. `graphiql/style.css` would also inline the Roboto web font (~260 kB)
// and a second copy of Monaco's CSS (Monaco's own modules already bring theirs),
// so assemble the GraphiQL styles piecewise instead. Fira Code stays: the
// editors are configured to use it.
import '@graphiql/react/font/fira-code.css';
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './overrides.css';

// The page is served at /graphiql/ (or /graphiql/index.html); the GraphQL
// endpoint lives at /graphql, i.e. one level up. Resolve it against the page
// location so the page keeps working behind any context path.
const endpoint = new URL('../graphql', window.location.href).toString();

const fetcher = createGraphiQLFetcher({
  url: endpoint,
  // Reuse the HTTP Basic credentials the browser already holds for this origin.
  fetch: (input, init) => window.fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# Oversight Graph — 巡察监督关系分析
{
  search(text: "交通局", first: 5) { score entity { id kind name } }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(
    GraphiQL,
    { fetcher, defaultQuery },
    createElement(GraphiQL.Logo, null, 'Oversight Graph'),
  ),
);
