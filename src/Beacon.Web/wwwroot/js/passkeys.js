// Passkeys (WebAuthn) on the sign-in and Passkeys pages. Progressive enhancement: a form marked
// data-passkey="create" or "request" asks the page for options (its data-options-handler), lets the
// browser create or use a passkey, and posts the result in the form's data-passkey-credential field.
// Without JavaScript the form posts nothing and the page says passkeys need it; nothing else does.
(function () {
    "use strict";
    var supported = typeof window.PublicKeyCredential === "function" &&
        typeof window.PublicKeyCredential.parseCreationOptionsFromJSON === "function" &&
        typeof window.PublicKeyCredential.parseRequestOptionsFromJSON === "function" &&
        !!navigator.credentials;

    var messages = {
        create: {
            unsupported: "This browser cannot create passkeys. Try a recent Chrome, Edge, Firefox or Safari.",
            cancelled: "No passkey was created: the request was cancelled or timed out. Try again when you are ready.",
            exists: "This device already holds a passkey for your account.",
            failed: "Your browser could not create a passkey here. Try again, or use another device."
        },
        request: {
            unsupported: "This browser cannot use passkeys. Sign in with your email and password.",
            cancelled: "The passkey request was cancelled or timed out. Try again, or sign in with your email and password.",
            exists: "Your browser could not use a passkey here. Sign in with your email and password.",
            failed: "Your browser could not use a passkey here. Sign in with your email and password."
        }
    };

    function optionsUrl(form) {
        var url = new URL(form.getAttribute("action") || window.location.href, window.location.href);
        url.searchParams.set("handler", form.dataset.optionsHandler);
        return url.toString();
    }

    function fetchOptions(form) {
        var body = new FormData();
        var token = form.querySelector("input[name=__RequestVerificationToken]");
        if (token) {
            body.append(token.name, token.value);
        }
        return fetch(optionsUrl(form), { method: "POST", body: body, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("The server answered " + response.status + ".");
                }
                return response.json();
            });
    }

    function obtain(form, json, mediation, signal) {
        if (form.dataset.passkey === "create") {
            return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json), signal: signal });
        }
        var request = { publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json), signal: signal };
        if (mediation) {
            request.mediation = mediation;
        }
        return navigator.credentials.get(request);
    }

    function show(form, text) {
        var message = form.querySelector("[data-passkey-message]");
        if (message) {
            message.textContent = text;
            message.hidden = !text;
        }
    }

    function submitWith(form, credential) {
        form.querySelector("[data-passkey-credential]").value = JSON.stringify(credential);
        form.submit();
    }

    document.querySelectorAll("form[data-passkey]").forEach(function (form) {
        var text = messages[form.dataset.passkey] || messages.request;
        var asked = false;
        var conditional = null;

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            if (!supported) {
                show(form, text.unsupported);
                return;
            }
            asked = true;
            show(form, "");
            var button = form.querySelector("button[type=submit]");
            button.disabled = true;
            // Options are remembered one at a time: a pending autofill request yields to the button.
            var before = conditional ? conditional.options.catch(function () { }) : Promise.resolve();
            if (conditional) {
                conditional.controller.abort();
            }
            before
                .then(function () { return fetchOptions(form); })
                .then(function (json) { return obtain(form, json); })
                .then(function (credential) { submitWith(form, credential); })
                .catch(function (error) {
                    button.disabled = false;
                    var name = error && error.name;
                    show(form, name === "NotAllowedError" || name === "AbortError" ? text.cancelled
                        : name === "InvalidStateError" ? text.exists : text.failed);
                });
        });

        // Sign-in: offer passkeys in the email field's autofill too, where the browser can.
        if (supported && form.dataset.passkey === "request" && typeof PublicKeyCredential.isConditionalMediationAvailable === "function") {
            PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
                if (!available || asked) {
                    return;
                }
                var controller = new AbortController();
                var options = fetchOptions(form);
                conditional = { controller: controller, options: options };
                options
                    .then(function (json) { return obtain(form, json, "conditional", controller.signal); })
                    .then(function (credential) {
                        if (credential) {
                            submitWith(form, credential);
                        }
                    })
                    .catch(function () { });
            });
        }
    });
})();
