/*
 * The service worker owns the network and the storage: content scripts cannot
 * call another origin, so they ask here. Every message is routed in one place
 * (HANDLERS, keyed by the ids of messages.js); an unknown id throws.
 */
"use strict";

importScripts("messages.js");

const DEFAULT_SETTINGS = Object.freeze({
  apiBase: "http://127.0.0.1:8000",
  autoRun: true,
  timeoutSeconds: 30,
});
const MAX_PINS = 8;
const SETTINGS_KEY = "settings";
const PINS_KEY = "pins";

/** A failed call to the framing server, with a message a reader can act on. */
class ApiError extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.name = "ApiError";
    this.kind = kind; // "unreachable" | "timeout" | "http" | "bad-response" | "settings"
    this.details = details;
  }
}

// ---- settings -------------------------------------------------------------

function cleanApiBase(value) {
  let url;
  try {
    url = new URL(String(value ?? "").trim());
  } catch {
    throw new ApiError("settings", `"${value}" is not a URL: use e.g. ${DEFAULT_SETTINGS.apiBase}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ApiError("settings", `the server address must start with http:// or https://, not ${url.protocol}`);
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

function cleanSettings(raw) {
  const merged = { ...DEFAULT_SETTINGS, ...(raw ?? {}) };
  const timeout = Number(merged.timeoutSeconds);
  return {
    apiBase: cleanApiBase(merged.apiBase),
    autoRun: Boolean(merged.autoRun),
    // an emptied field (0, NaN) means the default, not a 1-second limit that would fail every analysis
    timeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? Math.min(300, Math.max(1, timeout)) : DEFAULT_SETTINGS.timeoutSeconds,
  };
}

async function getSettings() {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  try {
    return cleanSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

async function setSettings(raw) {
  const settings = cleanSettings({ ...(await getSettings()), ...raw });
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

// ---- the framing server ----------------------------------------------------

/** JSON from the framing server, or an ApiError saying what went wrong. */
async function callApi(path, { body, apiBase } = {}) {
  const settings = await getSettings();
  const base = apiBase ? cleanApiBase(apiBase) : settings.apiBase;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutSeconds * 1000);
  try {
    let response;
    try {
      response = await fetch(base + path, {
        method: body === undefined ? "GET" : "POST",
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: "omit",
        cache: "no-store",
      });
    } catch {
      throw controller.signal.aborted ? timeoutError(base, settings) : new ApiError(
        "unreachable",
        `Could not reach the framing server at ${base}. Is it running? ` +
          "Start it with `framing serve`, or set its address in the extension's options.",
      );
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      if (controller.signal.aborted) throw timeoutError(base, settings);
    }
    if (!response.ok) {
      const error = data && typeof data === "object" ? data.error : null;
      const reason = (error && error.message) || response.statusText || "no reason given";
      throw new ApiError("http", `The framing server answered ${response.status}: ${reason}`, {
        status: response.status,
        code: error ? error.code : null,
        fields: error ? error.fields : null,
      });
    }
    if (data === null || typeof data !== "object") {
      throw new ApiError("bad-response", `The framing server at ${base} did not answer with JSON.`);
    }
    return data;
  } finally {
    clearTimeout(timer);
  }
}

const MAX_META = 2048; // the server's limit on title, source, url and label (api/schemas.py MAX_META)

/** ``value`` if it is a non-empty string, cut to MAX_META characters (whole code points); else undefined. */
function clipped(value) {
  if (typeof value !== "string" || !value.trim()) return undefined;
  return value.length <= MAX_META ? value : Array.from(value).slice(0, MAX_META).join("");
}

/**
 * An article's fields as the server accepts them: a page's headline or site
 * name can be longer than the server's limit and an address with tracking
 * parameters often is; the server would refuse the whole article (422) for it.
 * So a long headline is cut, and a long address loses its query (or is left out).
 */
function fitArticle({ text, url, title, source, label }) {
  let address = typeof url === "string" && url ? url : undefined;
  if (address && address.length > MAX_META) {
    try {
      const short = new URL(address);
      short.search = "";
      short.hash = "";
      address = short.href.length <= MAX_META ? short.href : undefined;
    } catch {
      address = undefined;
    }
  }
  const fitted = { text, url: address, title: clipped(title), source: clipped(source) };
  if (label !== undefined) fitted.label = clipped(label);
  return fitted;
}

function timeoutError(base, settings) {
  return new ApiError(
    "timeout",
    `The framing server at ${base} did not answer within ${settings.timeoutSeconds} s. ` +
      "It may be busy; try again, or raise the time limit in the options.",
  );
}

// ---- failures of the automatic run ------------------------------------------

/**
 * With the server down, every article page the reader opens fails the same way. An automatic run says
 * so on the page once in LOUD_EVERY_MS (per kind of failure: unreachable, timeout, ...); in between it
 * fails quietly, and the toolbar button of its tab shows "!" with the reason in its title. Saving the
 * options, or a run that succeeds, makes the next failure news again.
 */
const LOUD_EVERY_MS = 10 * 60 * 1000;
const LOUD_KEY = "loudFailures"; // chrome.storage.session: kind -> when a page last said it
let loudQueue = Promise.resolve(); // tabs failing at the same moment ask one after another

/** Whether this automatic failure of ``kind`` is to be said on the page (else it is quiet). */
function claimLoudFailure(kind) {
  const claim = loudQueue.then(async () => {
    const stored = (await chrome.storage.session.get(LOUD_KEY))[LOUD_KEY] || {};
    const now = Date.now();
    if (stored[kind] && now - stored[kind] < LOUD_EVERY_MS) return false;
    await chrome.storage.session.set({ [LOUD_KEY]: { ...stored, [kind]: now } });
    return true;
  });
  loudQueue = claim.catch(() => {});
  return claim;
}

function forgetFailures() {
  return chrome.storage.session.remove(LOUD_KEY);
}

/** The toolbar button of ``tab``: "!" and the reason while its page could not be analysed; as before otherwise. */
async function markTab(tab, error) {
  if (!tab || tab.id === undefined) return;
  try {
    if (error) {
      await chrome.action.setBadgeBackgroundColor({ tabId: tab.id, color: "#9e6a00" });
      await chrome.action.setBadgeText({ tabId: tab.id, text: "!" });
      await chrome.action.setTitle({ tabId: tab.id, title: `framing could not analyse this page: ${error.message} Click to try again.` });
    } else {
      await chrome.action.setBadgeText({ tabId: tab.id, text: "" });
      await chrome.action.setTitle({ tabId: tab.id, title: chrome.runtime.getManifest().action.default_title });
    }
  } catch {
    // the tab was closed meanwhile
  }
}

/** ``/v1/analyze``; a failure of an automatic run (``auto``) is marked ``quiet`` when a page said it lately. */
async function analyze({ text, url, title, source, auto }, sender) {
  try {
    const report = await callApi("/v1/analyze", { body: fitArticle({ text, url, title, source }) });
    await forgetFailures(); // the server answers: its next failure is news
    await markTab(sender && sender.tab, null);
    return report;
  } catch (error) {
    if (auto && error instanceof ApiError) {
      await markTab(sender && sender.tab, error);
      error.details = { ...error.details, quiet: !(await claimLoudFailure(error.kind)),
                        quietMinutes: LOUD_EVERY_MS / 60000 };
    }
    throw error;
  }
}

// ---- pinned articles (the comparison) --------------------------------------

async function getPins() {
  const stored = await chrome.storage.local.get(PINS_KEY);
  return Array.isArray(stored[PINS_KEY]) ? stored[PINS_KEY] : [];
}

async function savePins(pins) {
  await chrome.storage.local.set({ [PINS_KEY]: pins });
  return pins;
}

/** What the panel lists: everything but the text. */
function pinSummaries(pins) {
  return pins.map(({ id, label, title, url }) => ({ id, label, title, url }));
}

async function pinArticle({ id, text, url, title, source }) {
  if (typeof text !== "string" || !text.trim()) throw new ApiError("settings", "nothing to pin: the page has no article text");
  const label = source || title || (url ? new URL(url).hostname : "article");
  const pins = (await getPins()).filter((pin) => pin.id !== id && pin.url !== url);
  pins.push({ id, text, url: url ?? null, title: title ?? null, source: source ?? null, label, pinnedAt: Date.now() });
  return pinSummaries(await savePins(pins.slice(-MAX_PINS)));
}

async function comparePinned() {
  const pins = await getPins();
  if (pins.length < 2) return { pins: pinSummaries(pins), comparison: null };
  const articles = pins.map(({ text, url, title, source, label }) => fitArticle({ text, url, title, source, label }));
  const comparison = await callApi("/v1/compare", { body: { articles } });
  return { pins: pinSummaries(pins), comparison };
}

// ---- routing -----------------------------------------------------------------

const HANDLERS = Object.freeze({
  [FRAMING_MSG.ANALYZE]: (article, sender) => analyze(article, sender),
  [FRAMING_MSG.COMPARE_PINNED]: () => comparePinned(),
  [FRAMING_MSG.PIN]: (article) => pinArticle(article),
  [FRAMING_MSG.UNPIN]: async ({ id }) => pinSummaries(await savePins((await getPins()).filter((pin) => pin.id !== id))),
  [FRAMING_MSG.LIST_PINS]: async () => pinSummaries(await getPins()),
  [FRAMING_MSG.CLEAR_PINS]: async () => pinSummaries(await savePins([])),
  [FRAMING_MSG.GET_SETTINGS]: () => getSettings(),
  [FRAMING_MSG.SET_SETTINGS]: async (settings) => {
    await forgetFailures(); // another address or time limit: its first failure is news
    return setSettings(settings);
  },
  [FRAMING_MSG.HEALTH]: ({ apiBase }) => callApi("/v1/health", { apiBase }),
  // content scripts cannot open the options page themselves
  [FRAMING_MSG.OPEN_OPTIONS]: () => chrome.runtime.openOptionsPage(),
});

function route(message, sender) {
  const type = message && message.type;
  if (!Object.prototype.hasOwnProperty.call(HANDLERS, type)) {
    throw new Error(`unknown message id: ${JSON.stringify(type)}`);
  }
  return HANDLERS[type]((message && message.payload) || {}, sender);
}

function describeError(error) {
  return {
    kind: error instanceof ApiError ? error.kind : "internal",
    message: error && error.message ? error.message : String(error),
    ...(error instanceof ApiError ? error.details : {}),
  };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  let result;
  try {
    result = Promise.resolve(route(message, sender));
  } catch (error) {
    result = Promise.reject(error);
  }
  result.then(
    (value) => sendResponse({ ok: true, value }),
    (error) => sendResponse({ ok: false, error: describeError(error) }),
  );
  return true; // the answer comes asynchronously
});

// ---- the toolbar button --------------------------------------------------------

/** Whether the tab's content script answers. */
async function answers(tabId) {
  try {
    await chrome.tabs.sendMessage(tabId, { type: FRAMING_MSG.PING });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the content script answers once the page has loaded: it is injected
 * at document_idle, which may come just after the load event, and a second
 * copy injected meanwhile would answer the button twice (two runs).
 */
async function answersOnceLoaded(tabId) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (await answers(tabId)) return true;
    const tab = await chrome.tabs.get(tabId).catch(() => null);
    if (!tab || (tab.status === "complete" && attempt >= 1)) return false;
  }
  return false;
}

/** Runs the overlay in ``tab``, injecting the content script first if the tab predates it. */
async function runOnTab(tab) {
  if (!tab || tab.id === undefined) return;
  if (!(await answers(tab.id)) && !(await answersOnceLoaded(tab.id))) {
    await chrome.scripting.insertCSS({ target: { tabId: tab.id }, files: ["highlight.css"] });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["messages.js", "content.js"] });
  }
  await chrome.tabs.sendMessage(tab.id, { type: FRAMING_MSG.RUN });
}

chrome.action.onClicked.addListener((tab) => {
  runOnTab(tab).catch((error) => console.warn("framing: cannot run on this tab:", error.message));
});
