/* The options page: server address, auto-run, time limit; the pinned articles. */
"use strict";

(() => {
  const form = document.getElementById("settings");
  const status = document.getElementById("status");
  const fields = {
    apiBase: document.getElementById("apiBase"),
    autoRun: document.getElementById("autoRun"),
    timeoutSeconds: document.getElementById("timeoutSeconds"),
  };

  function send(type, payload = {}) {
    return chrome.runtime.sendMessage({ type, payload }).catch((error) => ({
      ok: false,
      error: { message: `the background worker did not answer (${error.message})` },
    }));
  }

  function say(message, kind) {
    status.textContent = message;
    status.className = kind;
  }

  function show(settings) {
    fields.apiBase.value = settings.apiBase;
    fields.autoRun.checked = settings.autoRun;
    fields.timeoutSeconds.value = String(settings.timeoutSeconds);
  }

  function read() {
    return {
      apiBase: fields.apiBase.value.trim(),
      autoRun: fields.autoRun.checked,
      timeoutSeconds: fields.timeoutSeconds.value.trim() === "" ? null : Number(fields.timeoutSeconds.value),
    };
  }

  /** Servers other than this machine need the user's permission before the extension may call them. */
  async function allowOrigin(apiBase) {
    let url;
    try {
      url = new URL(apiBase);
    } catch {
      return true; // the service worker explains what is wrong with the address
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return true; // likewise
    if (url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost")) return true;
    try {
      return await chrome.permissions.request({ origins: [`${url.origin}/*`] });
    } catch {
      return false;
    }
  }

  async function renderPins() {
    const list = document.getElementById("pins");
    const answer = await send(FRAMING_MSG.LIST_PINS);
    const pins = answer.ok ? answer.value : [];
    list.replaceChildren(...pins.map((pin) => {
      const item = document.createElement("li");
      item.textContent = pin.label || pin.title || pin.url;
      if (pin.url) item.title = pin.url;
      return item;
    }));
    if (!pins.length) {
      const item = document.createElement("li");
      item.textContent = "None yet: use \u201cAdd to comparison\u201d in the panel on an article.";
      list.append(item);
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const settings = read();
    if (!(await allowOrigin(settings.apiBase))) {
      say("Not saved: the extension needs permission to call that server.", "error");
      return;
    }
    const answer = await send(FRAMING_MSG.SET_SETTINGS, settings);
    if (answer.ok) {
      show(answer.value);
      say("Saved.", "ok");
    } else {
      say(`Not saved: ${answer.error.message}`, "error");
    }
  });

  document.getElementById("check").addEventListener("click", async () => {
    const apiBase = fields.apiBase.value.trim();
    if (!(await allowOrigin(apiBase))) {
      say("The extension needs permission to call that server.", "error");
      return;
    }
    say("Checking\u2026", "");
    const answer = await send(FRAMING_MSG.HEALTH, { apiBase });
    if (answer.ok) {
      const version = answer.value.version ? ` (version ${answer.value.version})` : "";
      say(`The server answers${version}.`, "ok");
    } else {
      say(answer.error.message, "error");
    }
  });

  document.getElementById("clearPins").addEventListener("click", async () => {
    await send(FRAMING_MSG.CLEAR_PINS);
    renderPins();
  });

  send(FRAMING_MSG.GET_SETTINGS).then((answer) => {
    if (answer.ok) show(answer.value);
  });
  renderPins();
})();
