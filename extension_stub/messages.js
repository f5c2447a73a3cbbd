/*
 * The message ids the content script, the options page and the service worker
 * exchange: defined once here. The service worker routes on them and throws on
 * any other id. This file defines the one shared name, FRAMING_MSG, in the
 * extension's own worlds (service worker, options page, the content script's
 * isolated world); the page never sees it.
 */
"use strict";

// eslint-disable-next-line no-unused-vars
const FRAMING_MSG = Object.freeze({
  // content script / options page -> service worker
  ANALYZE: "framing/analyze", //          {text, url, title, source, auto} -> report (a failure of an automatic run may be quiet)
  COMPARE_PINNED: "framing/compare", //   {} -> {pins, comparison|null}
  PIN: "framing/pin", //                  {text, url, title, source, id} -> pins
  UNPIN: "framing/unpin", //              {id} -> pins
  LIST_PINS: "framing/pins", //           {} -> pins
  CLEAR_PINS: "framing/pins/clear", //    {} -> pins
  GET_SETTINGS: "framing/settings/get", // {} -> settings
  SET_SETTINGS: "framing/settings/set", // {apiBase, autoRun, timeoutSeconds} -> settings
  HEALTH: "framing/health", //            {apiBase?} -> health answer of the server
  OPEN_OPTIONS: "framing/options/open", // {} -> (opens the options page, where a server address or time limit is fixed)
  // service worker -> content script
  PING: "framing/ping", //                {} -> true
  RUN: "framing/run", //                  {} -> {status}
});
