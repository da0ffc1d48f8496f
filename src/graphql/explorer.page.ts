/**
 * Browser JavaScript: whether the operation about to run is a subscription (then it goes over
 * graphql-ws). Read from the text sent, not from GraphiQL's parsed document, which lags behind an
 * edit by a debounce. Exported for its unit test.
 */
export const IS_SUBSCRIPTION = String.raw`// Top-level operations only, with strings and comments blanked out first.
function isSubscription(params) {
  var text = params.query
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/#[^\n\r]*/g, '');
  var depth = 0;
  var parens = 0; // variable definitions and arguments: their object values are not selection sets
  var operations = [];
  var last = function () {
    return operations[operations.length - 1];
  };
  var word = /[_A-Za-z][_0-9A-Za-z]*/y;
  var name = /\s*([_A-Za-z][_0-9A-Za-z]*)?/y;
  for (var i = 0; i < text.length; i++) {
    var c = text[i];
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (parens > 0) continue;
    else if (c === '{') {
      // A top-level selection set with no keyword before it: the shorthand query.
      if (depth === 0 && (!last() || last().closed)) operations.push({ type: 'query', name: null, closed: false });
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0 && last()) last().closed = true;
    } else if (depth === 0 && /[_A-Za-z]/.test(c)) {
      word.lastIndex = i;
      var keyword = word.exec(text)[0];
      i += keyword.length - 1;
      if (/^(query|mutation|subscription|fragment)$/.test(keyword) && (!last() || last().closed)) {
        name.lastIndex = i + 1;
        operations.push({ type: keyword, name: name.exec(text)[1] || null, closed: false });
      }
    }
  }
  var candidates = operations.filter(function (o) {
    return o.type !== 'fragment';
  });
  var op = params.operationName
    ? candidates.find(function (o) {
        return o.name === params.operationName;
      })
    : candidates[0];
  return Boolean(op) && op.type === 'subscription';
}
`;

/**
 * The explorer page's own script and styles, served as files (the page's CSP allows no inline
 * script). Plain browser JavaScript kept in a string so that the build (tsc, which copies no
 * assets) ships it; it runs on the UMD globals the page loads before it: React, ReactDOM,
 * GraphiQL and graphqlWs.
 *
 * The API key typed in the field goes into `Authorization: Bearer <key>` on every HTTP request,
 * and into graphql-ws's connection parameters (`{ authorization }`) for subscriptions, as the
 * SDK sends it. It is kept in sessionStorage (this tab only), never in localStorage.
 */
export const EXPLORER_PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var React = window.React;
  var ReactDOM = window.ReactDOM;
  var GraphiQL = window.GraphiQL;
  var graphqlWs = window.graphqlWs;
  var STORAGE_KEY = 'sift.explorer.apiKey';

  var input = document.getElementById('sift-api-key');
  var status = document.getElementById('sift-key-status');
  var endpoint = new URL(document.body.getAttribute('data-endpoint'), window.location.href);
  var wsEndpoint = new URL(endpoint.href);
  wsEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

  var DEFAULT_QUERY = [
    '# Welcome to the Sift API explorer.',
    '#',
    '# Paste an API key in the field above: it is sent as "Authorization: Bearer <key>",',
    '# and in the WebSocket connection parameters for subscriptions (graphql-ws).',
    '# The schema and its documentation load once the key is accepted (the book icon).',
    '#',
    '# Run with Ctrl-Enter, or the play button.',
    '',
    '{',
    '  viewer {',
    '    id',
    '    name',
    '    credits',
    '  }',
    '}',
    '',
  ].join('\n');

  function authorization(key) {
    return key ? 'Bearer ' + key : undefined;
  }

${IS_SUBSCRIPTION}
  /** Queries and mutations over HTTP POST; subscriptions over graphql-ws (one socket per key). */
  function createFetcher(key) {
    var ws = null;
    function wsClient() {
      if (!ws) {
        ws = graphqlWs.createClient({
          url: wsEndpoint.href,
          connectionParams: { authorization: authorization(key) },
          lazy: true,
        });
      }
      return ws;
    }

    async function* subscribe(params) {
      try {
        for await (var result of wsClient().iterate(params)) yield result;
      } catch (error) {
        // graphql-ws ends a refused operation with its GraphQL errors, a closed socket with a CloseEvent.
        if (Array.isArray(error)) {
          yield { errors: error };
          return;
        }
        if (error && typeof error.code === 'number') {
          var reason = error.code === 4403 ? 'Forbidden: check the API key' : error.reason || 'closed';
          throw new Error('WebSocket closed (' + error.code + '): ' + reason);
        }
        throw error;
      }
    }

    async function post(params, headers) {
      var response = await fetch(endpoint.href, {
        method: 'POST',
        headers: Object.assign({}, headers, {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json, application/json',
        }),
        body: JSON.stringify(params),
      });
      var text = await response.text();
      try {
        return JSON.parse(text);
      } catch (error) {
        return { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
      }
    }

    var fetcher = function (params, opts) {
      if (isSubscription(params)) return subscribe(params);
      var headers = Object.assign({}, opts && opts.headers);
      if (key) headers.Authorization = authorization(key);
      return post(params, headers);
    };
    fetcher.dispose = function () {
      if (ws) ws.dispose();
    };
    return fetcher;
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var fetcher = null;

  /** Whose key it is, or why it was refused, beside the field. */
  function showOrganization(current) {
    Promise.resolve(current({ query: '{ viewer { name } }' }))
      .catch(function (error) {
        return { errors: [{ message: String(error) }] };
      })
      .then(function (result) {
        if (current !== fetcher) return; // the key changed meanwhile
        var viewer = result.data && result.data.viewer;
        var error = result.errors && result.errors[0];
        status.textContent = viewer
          ? 'organization: ' + viewer.name
          : 'key refused: ' + ((error && error.extensions && error.extensions.code) || (error && error.message));
      });
  }

  function render() {
    var key = input.value.trim();
    if (fetcher) fetcher.dispose();
    // A new fetcher makes GraphiQL load the schema again, now with this key.
    fetcher = createFetcher(key);
    status.textContent = key ? 'checking the key...' : 'no key: paste one to load the schema';
    if (key) showOrganization(fetcher);
    root.render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: DEFAULT_QUERY,
        // The key field is the way to authenticate; the headers editor stays for other headers.
        shouldPersistHeaders: false,
      }),
    );
  }

  input.value = window.sessionStorage.getItem(STORAGE_KEY) || '';
  input.addEventListener('change', function () {
    window.sessionStorage.setItem(STORAGE_KEY, input.value.trim());
    render();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') input.blur();
  });
  render();
})();
`;

export const EXPLORER_PAGE_CSS = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.sift-bar { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 1rem;
  border-bottom: 1px solid #e0e0e0; background: #fafafa; font-size: 14px; }
.sift-bar input { flex: 0 1 28rem; padding: 0.35rem 0.5rem; font: inherit; font-family: ui-monospace, monospace;
  border: 1px solid #bbb; border-radius: 4px; }
#sift-key-status { color: #666; }
#graphiql { flex: 1; min-height: 0; }
`;
