// Passkeys (WebAuthn) for the portal: served as a file (the CSP allows no inline script).
// Without JavaScript the passkey buttons stay hidden and every other form works as it is.
"use strict";

(function () {
  function fromBase64url(value) {
    const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "===".slice((base64.length + 3) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)).buffer;
  }

  function toBase64url(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function csrfToken() {
    const field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "Content-Type": "application/json" },
      body: body === undefined ? "{}" : JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) { throw new Error(data.error || response.statusText); }
    return data;
  }

  function descriptors(list) {
    return (list || []).map((item) => Object.assign({}, item, { id: fromBase64url(item.id) }));
  }

  function credentialJSON(credential) {
    const response = credential.response;
    const json = {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: { clientDataJSON: toBase64url(response.clientDataJSON) },
    };
    if (response.attestationObject) {
      json.response.attestationObject = toBase64url(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = toBase64url(response.authenticatorData);
      json.response.signature = toBase64url(response.signature);
      if (response.userHandle) { json.response.userHandle = toBase64url(response.userHandle); }
    }
    return json;
  }

  async function addPasskey(section) {
    const options = await post(section.dataset.optionsUrl);
    options.challenge = fromBase64url(options.challenge);
    options.user.id = fromBase64url(options.user.id);
    options.excludeCredentials = descriptors(options.excludeCredentials);
    const credential = await navigator.credentials.create({ publicKey: options });
    const name = document.getElementById("passkey-name");
    const url = section.dataset.verifyUrl + "?name=" + encodeURIComponent(name ? name.value : "");
    return post(url, credentialJSON(credential));
  }

  async function usePasskey(section) {
    const options = await post(section.dataset.optionsUrl);
    options.challenge = fromBase64url(options.challenge);
    options.allowCredentials = descriptors(options.allowCredentials);
    const credential = await navigator.credentials.get({ publicKey: options });
    return post(section.dataset.verifyUrl, credentialJSON(credential));
  }

  function wire(section, selector, action) {
    const button = section.querySelector(selector);
    if (!button || !window.PublicKeyCredential) { return; }
    section.querySelectorAll(".js-only").forEach((element) => { element.hidden = false; });
    const error = section.querySelector(".passkey-error");
    button.addEventListener("click", async () => {
      error.hidden = true;
      try {
        const result = await action(section);
        window.location.assign(result.next);
      } catch (problem) {
        error.textContent = problem.message;
        error.hidden = false;
      }
    });
  }

  document.querySelectorAll(".passkey-section").forEach((section) => {
    wire(section, ".passkey-add", addPasskey);
    wire(section, ".passkey-login", usePasskey);
  });
})();
