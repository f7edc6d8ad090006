// SPDX-License-Identifier: GPL-3.0-or-later
// The participant's voting page: joins with the session code, follows the facilitator's current
// item by asking /api/state every second, and sends the chosen level to /api/vote.
'use strict';

(function () {
  const text = document.body.dataset;
  const byId = (id) => document.getElementById(id);
  const clientKey = 'iamm-vote-client';
  let code = '';
  let shownItem = null;
  let choice = null;
  let open = false;
  let timer = null;

  function clientId() {
    let id = localStorage.getItem(clientKey);
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(clientKey, id);
    }
    return id;
  }

  function setText(id, value) {
    byId(id).textContent = value;
  }

  function levelButton(value, number, label) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'level';
    button.dataset.value = value;
    button.setAttribute('aria-pressed', 'false');
    const big = document.createElement('span');
    big.className = 'level-number';
    big.textContent = number;
    const small = document.createElement('span');
    small.className = 'level-label';
    small.textContent = label;
    button.append(big, small);
    button.addEventListener('click', () => vote(value));
    return button;
  }

  function showItem(item) {
    shownItem = item.id;
    choice = null;
    setText('itemId', item.id);
    setText('itemText', item.text);
    byId('itemNote').hidden = !item.workingTranslation;
    const levels = byId('levels');
    levels.replaceChildren();
    for (const level of item.levels)
      levels.append(levelButton(String(level.value), String(level.value), level.label));
    if (item.na)
      levels.append(levelButton('na', text.na, item.na));
  }

  function markChoice() {
    for (const button of byId('levels').children)
      button.setAttribute('aria-pressed', String(button.dataset.value === choice));
    byId('recorded').hidden = choice === null || !open;
  }

  function render(state) {
    open = state.open;
    if (!state.item) {
      shownItem = null;
      byId('item').hidden = true;
      byId('recorded').hidden = true;
      setText('status', text.waiting);
      return;
    }
    if (state.item.id !== shownItem)
      showItem(state.item);
    byId('item').hidden = false;
    setText('status', open ? text.open : text.closed);
    for (const button of byId('levels').children)
      button.disabled = !open;
    markChoice();
  }

  async function refresh() {
    try {
      const reply = await fetch('/api/state?code=' + encodeURIComponent(code), { cache: 'no-store' });
      if (reply.status === 403) {
        leave(text.wrongCode);
        return;
      }
      if (reply.ok)
        render(await reply.json());
    } catch (error) {
      // The next refresh tries again; a dropped Wi-Fi packet is no reason to leave.
    }
  }

  function leave(message) {
    clearInterval(timer);
    timer = null;
    byId('ballot').hidden = true;
    byId('join').hidden = false;
    setText('joinError', message);
  }

  async function vote(value) {
    setText('voteError', '');
    const body = {
      code: code,
      client: clientId(),
      item: shownItem,
      score: value === 'na' ? null : Number(value),
      na: value === 'na',
      name: byId('name').value.trim(),
      agency: byId('agency').value.trim(),
    };
    try {
      const reply = await fetch('/api/vote', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
      if (reply.ok) {
        choice = value;
        markChoice();
        byId('recorded').scrollIntoView({ block: 'nearest' });
      } else if (reply.status === 403) {
        leave(text.wrongCode);
      } else if (reply.status === 429) {
        setText('voteError', text.tooMany);
      } else {
        await refresh();
      }
    } catch (error) {
      setText('voteError', text.failed);
    }
  }

  async function join(event) {
    event.preventDefault();
    code = byId('code').value.trim();
    localStorage.setItem('iamm-vote-name', byId('name').value.trim());
    localStorage.setItem('iamm-vote-agency', byId('agency').value.trim());
    try {
      const reply = await fetch('/api/state?code=' + encodeURIComponent(code), { cache: 'no-store' });
      if (!reply.ok) {
        setText('joinError', reply.status === 429 ? text.tooMany : text.wrongCode);
        return;
      }
      setText('joinError', '');
      byId('join').hidden = true;
      byId('ballot').hidden = false;
      render(await reply.json());
      timer = setInterval(refresh, 1000);
    } catch (error) {
      setText('joinError', text.failed);
    }
  }

  byId('code').value = new URLSearchParams(location.search).get('code') || '';
  byId('name').value = localStorage.getItem('iamm-vote-name') || '';
  byId('agency').value = localStorage.getItem('iamm-vote-agency') || '';
  byId('join').addEventListener('submit', join);
})();
