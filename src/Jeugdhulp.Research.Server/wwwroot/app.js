// The jhr coding workbench. Plain JavaScript, no build step, no CDN: everything it needs is in this file.
// Every offset it sends is a UTF-16 offset into the source's text, as the server and `jhr classify` count them.
'use strict';

const token = new URLSearchParams(location.search).get('token') || '';
const state = {
  project: null, codebook: null, entries: new Map(), coder: null, showOthers: false, basis: 'me',
  source: null, versions: {}, selection: null, editing: null, lastDeleted: null, classification: null, overridesVersion: null,
};
const $ = (id) => document.getElementById(id);

async function api(method, path, body) {
  const headers = { 'X-Jhr-Token': token };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({ error: `Antwoord ${response.status} zonder JSON.` }));
  if (!response.ok) { const e = new Error(data.error || `Fout ${response.status}`); e.status = response.status; e.data = data; throw e; }
  return data;
}

function status(text) { $('status').textContent = text; }
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c.nodeType ? c : String(c));
  return node;
}
const fold = (s) => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const short = (id) => (id || '').replace(/^reactie\./, '');
const label = (id) => state.entries.get(id)?.label || id;

// ---------- start ----------
async function start() {
  if (!token) { showErrors(['Open het adres dat "jhr serve" toonde: het bevat de sleutel van deze sessie.']); return; }
  try {
    state.project = await api('GET', '/api/project');
  } catch (e) { showErrors([e.message]); return; }
  const p = state.project;
  if (p.errors.length) { showErrors(p.errors.map(d => `${d.file}:${d.line}: ${d.message}`)); return; }
  showWarnings(p.warnings);
  $('project-name').textContent = p.name;
  document.title = `Coderen — ${p.name}`;
  $('fictitious').hidden = !p.fictitious;
  for (const c of p.coders.filter(c => !c.consensus)) $('coder').append(el('option', { value: c.id }, c.name ? `${c.id} (${c.name})` : c.id));
  const saved = sessionStorage.getItem('jhr-coder');
  state.coder = p.coders.some(c => c.id === saved && !c.consensus) ? saved : p.coders[0]?.id;
  $('coder').value = state.coder;
  state.codebook = await api('GET', '/api/codebook');
  for (const e of state.codebook.entries) state.entries.set(e.id, e);
  renderTree('');
  fillCodeSelect();
  renderSources();
  renderUnits();
  if (p.sources.length) await openSource(p.sources[0].id);
  else $('source-title').textContent = 'Deze studie heeft nog geen bronnen (sources/*.md).';
}

function showErrors(lines) { const box = $('errors'); box.hidden = false; box.textContent = lines.join('\n'); }

// What the loader warned about (an upgraded codebook version, re-anchored codings, a recovered consensus decision):
// folded away, never silent.
function showWarnings(warnings) {
  const box = $('warnings');
  box.hidden = !warnings.length;
  $('warnings-summary').textContent = `${warnings.length} waarschuwing(en) bij het laden van de studie`;
  $('warnings-list').replaceChildren(...warnings.map(d => el('li', { 'data-code': d.code }, d.line ? `${d.file}:${d.line}: ${d.message}` : `${d.file}: ${d.message}`)));
}

function renderSources() {
  const list = $('sources'); list.replaceChildren();
  for (const s of state.project.sources)
    list.append(el('li', {}, el('button', { type: 'button', 'aria-current': state.source?.id === s.id ? 'true' : 'false', dataset: { source: s.id }, onclick: () => openSource(s.id) },
      s.title || s.id, ' ', el('span', { class: 'count' }, `(${s.id})`))));
}

function renderUnits() {
  const list = $('units'); list.replaceChildren();
  for (const u of state.project.units)
    list.append(el('li', {}, el('button', { type: 'button', 'aria-current': state.unit === u.id ? 'true' : 'false', dataset: { unit: u.id }, onclick: () => openUnit(u.id) },
      u.organisation || u.id, ' ', el('span', { class: 'count' }, `(${u.id})`))));
}

/** Shows the transcript or the unit view in the middle column (one at a time, so 200 % zoom keeps one column of reading). */
function showView(which) {
  $('source').hidden = which !== 'source';
  $('unit-view').hidden = which !== 'unit';
  if (which !== 'unit') { state.unit = null; renderUnits(); }
}

// ---------- code tree ----------
function matches(e, q) {
  if (!q) return true;
  const hay = [e.id, e.label, e.labelEn, e.definition, ...(e.synonyms || []), ...(e.indicators || [])].map(fold);
  return hay.some(h => h.includes(q));
}

function renderTree(query) {
  const q = fold(query.trim());
  const tree = $('code-tree'); tree.replaceChildren();
  const shown = state.codebook.entries.filter(e => matches(e, q));
  for (const e of shown) {
    const li = el('li', { class: `${e.codable ? 'codable' : 'group'} d${Math.min(e.depth, 4)}`, tabindex: e.codable ? '0' : undefined,
      title: tooltip(e), dataset: { code: e.id } }, e.label, ' ', el('span', { class: 'id' }, e.id));
    if (e.codable) {
      li.addEventListener('click', () => chooseCode(e.id));
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); chooseCode(e.id); } });
      li.addEventListener('focus', () => showCodeInfo(e));
      li.addEventListener('mouseenter', () => showCodeInfo(e));
    }
    tree.append(li);
  }
  if (!shown.length) tree.append(el('li', {}, 'Geen code gevonden.'));
}

function tooltip(e) {
  return [e.definition, e.indicators?.length ? 'Indicatoren: ' + e.indicators.join('; ') : null, e.seed ? 'Bron: ' + e.seed : null].filter(Boolean).join('\n');
}
function showCodeInfo(e) {
  $('code-info').textContent = `${e.label} (${e.id})${e.definition ? ': ' + e.definition : ''}${e.seed ? ' [' + e.seed + ']' : ''}`;
}

function chooseCode(id) {
  if (state.selection) openForm(state.selection, { code: id });
  else { state.pendingCode = id; status(`Code ${id} gekozen; selecteer nu tekst.`); }
}

function fillCodeSelect() {
  const select = $('f-code'); select.replaceChildren(el('option', { value: '' }, '— kies een code —'));
  let group = null; let optgroup = null;
  for (const e of state.codebook.entries) {
    if (e.group !== group) { group = e.group; optgroup = el('optgroup', { label: label(group) }); select.append(optgroup); }
    if (e.codable) optgroup.append(el('option', { value: e.id }, `${e.label} — ${e.id}`));
  }
}

// ---------- source ----------
async function openSource(id, keepScroll) {
  const y = window.scrollY;
  try {
    state.source = await api('GET', `/api/sources/${encodeURIComponent(id)}?coder=${encodeURIComponent(state.coder)}&others=${state.showOthers}`);
  } catch (e) { status(e.message); return; }
  state.versions = state.source.versions;
  showWarnings(state.source.warnings);
  showView('source');
  renderSources();
  renderSource();
  if (keepScroll) window.scrollTo(0, y);
  await refreshEvidence();
}

function renderSource() {
  const s = state.source;
  $('source-title').textContent = s.title || s.id;
  $('source-meta').textContent = `${s.id} · ${s.kind === 'interview' ? 'interview' : 'document'} · case ${s.case} · eenheid ${s.units.join(', ') || '—'} · periode ${s.period}${s.periodLabel ? ' (' + s.periodLabel + ')' : ''}`;
  const text = $('text'); text.replaceChildren();
  const turnLines = new Set(s.turns.map(t => t.line));
  const codings = s.codings;
  let offset = 0; let lineNo = s.firstLine;
  for (const content of s.text.split('\n')) {
    const lineStart = offset, lineEnd = offset + content.length;
    const cuts = new Set([lineStart, lineEnd]);
    for (const c of codings) { if (c.start > lineStart && c.start < lineEnd) cuts.add(c.start); if (c.end > lineStart && c.end < lineEnd) cuts.add(c.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const body = el('span', { class: 'content', dataset: { start: lineStart, end: lineEnd } });
    if (content.length === 0) body.append(el('span', { class: 'frag', dataset: { off: lineStart } }, ''));
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const over = codings.filter(c => c.start <= a && c.end >= b);
      const mine = over.some(c => c.coder === state.coder), other = over.some(c => c.coder !== state.coder);
      const groups = [...new Set(over.map(c => c.group))];
      const cls = ['frag'];
      if (over.length) {
        cls.push('coded'); if (mine) cls.push('mine'); if (other) cls.push('other'); if (over.length > 1) cls.push('overlap');
        cls.push('g' + (1 + (state.codebook.entries.filter(e => !e.parent).findIndex(e => e.id === groups[0]) % 6)));
      }
      const frag = el('span', { class: cls.join(' '), dataset: { off: a }, title: over.length ? over.map(c => `${c.coder}: ${label(c.code)}${c.value ? ' ' + c.value : ''}`).join('\n') : undefined }, s.text.slice(a, b));
      if (over.length) {
        frag.dataset.keys = over.map(c => c.key).join(' ');
        frag.addEventListener('click', () => { if (!hasSelection()) showHere(over); });
      }
      body.append(frag);
    }
    const classes = ['line']; if (turnLines.has(lineNo)) classes.push('turn'); if (content.startsWith('#')) classes.push('heading');
    text.append(el('div', { class: classes.join(' '), dataset: { line: lineNo } }, el('span', { class: 'ln', 'aria-hidden': 'true' }, lineNo), body));
    offset = lineEnd + 1; lineNo++;
  }
  $('here').hidden = true;
}

function showHere(codings) {
  const list = $('here-list'); list.replaceChildren();
  for (const c of codings) {
    const item = el('li', { dataset: { key: c.key } }, el('strong', {}, label(c.code)), c.value ? ` ${c.value}` : '', ` — ${c.coder}`,
      c.demand ? ` · eis ${c.demand}` : '', c.enactment ? ` · ${c.enactment}` : '', c.memo ? ` · “${c.memo}”` : '', ' ');
    if (c.editable && c.coder === state.coder) {
      item.append(el('button', { type: 'button', onclick: () => openForm({ start: c.start, end: c.end, text: c.text }, c) }, 'Wijzig'), ' ',
        el('button', { type: 'button', onclick: () => remove(c) }, 'Verwijder'));
    } else if (!c.editable) item.append(el('em', {}, c.origin === 'inline' ? '(markering in de bron; wijzig daar)' : '(uit een ander bestand)'));
    list.append(item);
  }
  $('here').hidden = false;
}

// ---------- selection -> offsets ----------
function hasSelection() { const sel = getSelection(); return sel && !sel.isCollapsed && $('text').contains(sel.anchorNode); }

function pointOffset(node, off) {
  if (node.nodeType === Node.TEXT_NODE) {
    const frag = node.parentElement.closest('[data-off]');
    if (frag) return Number(frag.dataset.off) + off;
    const line = node.parentElement.closest('.line');
    return line ? Number(line.querySelector('.content').dataset.start) : null;
  }
  const element = node;
  if (element.matches && element.matches('[data-off]')) return Number(element.dataset.off) + (off > 0 ? element.textContent.length : 0);
  const line = element.closest ? element.closest('.line') : null;
  if (line) {
    const content = line.querySelector('.content');
    if (element.classList.contains('ln')) return Number(content.dataset.start);
    if (element === content) {
      const child = content.childNodes[off];
      return child ? Number(child.dataset.off) : Number(content.dataset.end);
    }
    return off > 0 ? Number(content.dataset.end) : Number(content.dataset.start);
  }
  if (element === $('text')) {
    const child = element.childNodes[off];
    return child ? Number(child.querySelector('.content').dataset.start) : state.source.text.length;
  }
  return null;
}

function readSelection() {
  if (!hasSelection()) return null;
  const range = getSelection().getRangeAt(0);
  let start = pointOffset(range.startContainer, range.startOffset), end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const text = state.source.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) return null;
  return { start, end, text: text.slice(start, end) };
}

function onSelect() {
  const selection = readSelection();
  state.selection = selection;
  if (!selection) return;
  if (state.pendingCode) { const code = state.pendingCode; state.pendingCode = null; openForm(selection, { code }); return; }
  openForm(selection, {});
}

// ---------- coding form ----------
function openForm(selection, coding) {
  state.selection = selection;
  state.editing = coding.key && coding.editable ? coding : null;
  const s = state.source;
  $('coding-title').textContent = state.editing ? 'Codering wijzigen' : 'Coderen';
  $('coding-quote').textContent = selection.text;
  $('f-code').value = coding.code || '';
  const units = $('f-unit'); units.replaceChildren(...s.units.map(u => el('option', { value: u }, u)));
  units.value = coding.unit || s.units[0] || '';
  const demands = $('f-demand'); demands.replaceChildren(el('option', { value: '' }, '— de sturing als geheel —'), ...s.demands.map(d => el('option', { value: d.id }, `${d.name}${d.main ? ' (hoofdeis)' : ''}`)));
  demands.value = coding.demand || '';
  const enact = $('f-enactment'); enact.replaceChildren(el('option', { value: '' }, '— niet gezegd —'), ...state.codebook.enactments.map(x => el('option', { value: x.id }, x.label)));
  enact.value = coding.enactment || '';
  $('f-period').value = coding.period || s.period;
  $('f-memo').value = coding.memo || '';
  $('coding-error').textContent = '';
  codeChanged(coding.value);
  const dialog = $('coding-dialog');
  if (!dialog.open) dialog.showModal();
  $('f-code').focus();
}

function codeChanged(value) {
  const e = state.entries.get($('f-code').value);
  const values = $('f-value');
  values.replaceChildren(...(e && e.values.length ? e.values.map(v => el('option', { value: v.id }, `${v.id} (${v.label})`)) : [el('option', { value: '' }, '— geen waarde —')]));
  values.disabled = !(e && e.values.length);
  if (value) values.value = value;
  $('f-code-definition').textContent = e ? `${e.definition || ''}${e.seed ? ' [' + e.seed + ']' : ''}` : '';
  $('f-demand').disabled = $('f-enactment').disabled = !(e && e.takesDemand);
}

async function saveForm(ev) {
  ev.preventDefault();
  const sel = state.selection; const coder = state.coder;
  const body = {
    coder, version: state.versions[coder], source: state.source.id, start: sel.start, end: sel.end, text: sel.text,
    code: $('f-code').value, value: $('f-value').disabled ? null : $('f-value').value, unit: $('f-unit').value,
    period: Number($('f-period').value) || null, demand: $('f-demand').disabled ? null : $('f-demand').value || null,
    enactment: $('f-enactment').disabled ? null : $('f-enactment').value || null, memo: $('f-memo').value || null,
  };
  try {
    const result = state.editing
      ? await api('PUT', `/api/codings/${encodeURIComponent(coder)}/${state.editing.row}`, body)
      : await api('POST', '/api/codings', body);
    state.versions[coder] = result.version;
    $('coding-dialog').close();
    getSelection().removeAllRanges();
    state.selection = null;
    status(`Opgeslagen: ${label(body.code)} (${result.key}).`);
    await openSource(state.source.id, true);
  } catch (e) {
    if (e.status === 409) {
      $('coding-error').textContent = `${e.message} De bron is opnieuw geladen; controleer en sla opnieuw op.`;
      const keep = state.selection;
      await openSource(state.source.id, true);
      state.selection = keep;
    } else $('coding-error').textContent = [e.message, ...(e.data?.problems || []).map(p => p.message)].filter((x, i, a) => a.indexOf(x) === i).join(' ');
  }
}

async function remove(c) {
  try {
    const result = await api('DELETE', `/api/codings/${encodeURIComponent(c.coder)}/${c.row}?version=${encodeURIComponent(state.versions[c.coder])}`);
    state.versions[c.coder] = result.version;
    state.lastDeleted = c;
    await openSource(state.source.id, true);
    $('status').replaceChildren(`Verwijderd: ${label(c.code)}. `, el('button', { type: 'button', 'data-testid': 'undo', onclick: undo }, 'Ongedaan maken'));
  } catch (e) {
    status(e.message);
    if (e.status === 409) await openSource(state.source.id, true);
  }
}

async function undo() {
  const c = state.lastDeleted; if (!c) return;
  state.lastDeleted = null;
  try {
    const result = await api('POST', '/api/codings', { coder: c.coder, version: state.versions[c.coder], source: state.source.id, start: c.start, end: c.end, text: c.text,
      code: c.code, value: c.value, unit: c.unit || state.source.units[0], period: c.period, demand: c.demand, enactment: c.enactment, memo: c.memo });
    state.versions[c.coder] = result.version;
    status(`Hersteld: ${label(c.code)}.`);
    await openSource(state.source.id, true);
  } catch (e) { status(e.message); }
}

// ---------- evidence ----------
async function refreshEvidence() {
  const coder = state.basis === 'me' ? state.coder : state.basis;
  let data;
  try { data = await api('GET', `/api/classification?coder=${encodeURIComponent(coder)}`); } catch (e) { $('evidence').textContent = e.message; return; }
  state.classification = data.classification; state.overridesVersion = data.overridesVersion;
  const box = $('evidence'); box.replaceChildren();
  const units = data.classification.units.filter(u => state.source.units.includes(u.unit));
  if (!units.length) box.append(el('p', { class: 'meta' }, 'Deze bron gaat over geen eenheid.'));
  box.append(el('p', { class: 'meta' }, `Volgens ${coder === 'pooled' ? 'alle codeurs samen' : coder === 'consensus' ? 'de consensus' : coder}; regelset ${data.classification.rules.rule_set}.`));
  for (const u of units) {
    const section = el('section', { class: 'unit', dataset: { unit: u.unit } }, el('h3', {}, `${u.organisation} (${u.unit})`),
      el('button', { type: 'button', 'data-testid': `open-unit-${u.unit}`, onclick: () => openUnit(u.unit) }, 'Codeurs en consensus van deze eenheid'),
      el('p', {}, 'Cluster van de eenheid: ', judgmentText(u.cluster, 'unit-cluster')));
    const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'periode'), el('th', {}, 'reactie'), el('th', {}, 'cluster'))));
    const tbody = el('tbody');
    for (const p of u.periods) {
      tbody.append(el('tr', { dataset: { period: p.period } },
        el('td', {}, `${p.period}${p.label ? ' (' + p.label + ')' : ''}`),
        el('td', {}, judgmentText(p.response, `response-${u.unit}-${p.period}`), ' ', judgeButton(u.unit, p.period, p.response, 'reactie')),
        el('td', {}, judgmentText(p.cluster, `cluster-${u.unit}-${p.period}`), ' ', judgeButton(u.unit, p.period, p.cluster, 'cluster'))));
      tbody.append(el('tr', {}, el('td', { colspan: '3' }, el('div', { class: 'rule' }, p.cluster.rule), evidenceList(p.response))));
    }
    table.append(tbody); section.append(table);
    const factors = u.factors.filter(f => f.outcome !== 'no-evidence');
    section.append(el('h3', {}, 'Factorprofiel'));
    section.append(factors.length ? el('ul', { class: 'evidence-list' }, factors.map(f => el('li', { dataset: { factor: f.variable } }, `${label(f.variable)}: `, judgmentText(f, `factor-${u.unit}-${f.variable}`), el('div', { class: 'rule' }, f.rule))))
      : el('p', { class: 'meta' }, 'Nog geen factoren gecodeerd.'));
    box.append(section);
  }
}

function judgmentText(j, testid) {
  const shown = j.value ? short(j.value) : (j.outcome === 'mixed' ? 'gemengd' : 'geen bewijs');
  const status = { proposed: 'voorstel', confirmed: 'bevestigd', decided: 'beslist', overridden: 'overschreven' }[j.status] || j.status;
  return el('span', { class: `judgment status-${j.status}`, 'data-testid': testid, dataset: { value: j.value || '', status: j.status } },
    shown, ` (${status}${j.override ? ': ' + j.override.reason : ''})`, j.flagged ? el('span', { class: 'flag', title: 'berust alleen op verslagen van anderen' }, ' ⚑ alleen anderen') : null);
}

function evidenceList(j) {
  if (!j.evidence.length) return el('p', { class: 'meta' }, 'Geen segmenten.');
  return el('ul', { class: 'evidence-list' }, j.evidence.map(e => el('li', {},
    el('button', { type: 'button', onclick: () => goTo(e) }, `${short(e.code)} · ${e.coder} (${e.account}${e.speaker ? ', ' + e.speaker : ''})`), `: “${e.quote}”`)));
}

async function goTo(e) {
  if (e.source !== state.source.id) await openSource(e.source);
  const frag = [...document.querySelectorAll('.frag')].find(f => Number(f.dataset.off) >= e.start);
  if (frag) { frag.scrollIntoView({ block: 'center' }); frag.classList.add('flash'); setTimeout(() => frag.classList.remove('flash'), 1500); }
}

function judgeButton(unit, period, judgment, variable) {
  return el('button', { type: 'button', 'data-testid': `judge-${variable}-${unit}-${period}`, onclick: () => openJudgment(unit, period, judgment, variable) }, 'Oordeel…');
}

function openJudgment(unit, period, judgment, variable) {
  state.judging = { unit, period, variable };
  $('judgment-what').textContent = `${variable} van ${unit}, periode ${period}: voorstel ${judgment.derived ? short(judgment.derived) : 'geen (gemengd of geen bewijs)'}.`;
  const options = variable === 'reactie' ? state.codebook.responses : state.codebook.clusters;
  $('j-value').replaceChildren(...options.map(o => el('option', { value: o.id }, `${o.label} (${o.id})`)));
  $('j-value').value = judgment.value || judgment.derived || options[0]?.id;
  $('j-reason').value = judgment.override?.reason || '';
  $('judgment-error').textContent = '';
  $('judgment-dialog').showModal();
  $('j-reason').focus();
}

async function saveJudgment(ev) {
  ev.preventDefault();
  const j = state.judging;
  try {
    const result = await api('POST', '/api/judgments', { version: state.overridesVersion, unit: j.unit, period: j.period, variable: j.variable,
      value: $('j-value').value, reason: $('j-reason').value, by: state.coder });
    state.overridesVersion = result.version;
    $('judgment-dialog').close();
    status(`Oordeel vastgelegd in overrides.csv.`);
    await refreshEvidence();
  } catch (e) {
    $('judgment-error').textContent = [e.message, ...(e.data?.problems || []).map(p => p.message)].join(' ');
    if (e.status === 409) await refreshEvidence();
  }
}

// ---------- agreement ----------
async function showAgreement() {
  const box = $('agreement'); box.replaceChildren(el('p', { class: 'meta' }, 'Bezig…'));
  let data;
  try { data = await api('GET', `/api/agreement?source=${encodeURIComponent(state.source.id)}`); } catch (e) { box.textContent = e.message; return; }
  box.replaceChildren();
  if (!data.available) { box.append(el('p', {}, data.reason)); return; }
  for (const w of data.warnings || []) box.append(el('p', { role: 'status', class: 'warning', 'data-testid': 'suggestion-warning' }, w));
  for (const level of data.levels) {
    const section = el('section', { dataset: { level: level.level, variable: level.variable } }, el('h3', {}, `${level.level}: ${level.variable} (${level.items} eenheden)`));
    section.append(el('ul', {}, level.metrics.map(m => el('li', { class: 'metric', 'data-testid': `metric-${level.level}-${level.variable}-${m.metric}`, dataset: { value: m.value ?? '' } },
      `${m.metric} = ${m.value === null ? (m.message || 'onbepaald') : m.value.toFixed(3)}`))));
    if (level.disagreements.length) {
      section.append(el('p', {}, `Verschillen in deze bron: ${level.disagreements.length}`));
      section.append(el('ul', { class: 'evidence-list' }, level.disagreements.map(d => el('li', {}, `${d.unit || d.location}${d.period ? ' p' + d.period : ''} · ${d.subject}: `,
        d.ratings.map(r => `${r.coder} ${r.label ?? '(ontbreekt)'}`).join(' / ')))));
    } else section.append(el('p', { class: 'meta' }, 'Geen verschillen in deze bron.'));
    box.append(section);
  }
}

// ---------- suggestions ----------
async function showSuggestions() {
  const box = $('suggestions'); box.replaceChildren(el('p', { class: 'meta' }, 'Bezig…'));
  let data;
  try { data = await api('GET', `/api/suggestions/${encodeURIComponent(state.source.id)}?coder=${encodeURIComponent(state.coder)}`); } catch (e) { box.textContent = e.message; return; }
  state.suggestionLog = data.logVersion;
  box.replaceChildren();
  if (!data.available) { box.append(el('p', {}, data.reason)); return; }
  const open = data.suggestions.filter(s => s.status === 'open');
  box.append(el('p', { class: 'meta' }, `${open.length} open voorstel(len) van het indicatorlexicon voor ${state.coder}; ${data.suggestions.length - open.length} al beoordeeld.`));
  box.append(el('ul', { class: 'evidence-list' }, open.map(s => {
    const entry = state.entries.get(s.code);
    const value = entry?.values?.length ? el('select', { 'aria-label': `Waarde voor ${s.code}`, 'data-testid': `suggestion-value-${s.id}` },
      entry.values.map(v => el('option', { value: v.id, selected: v.id === s.value }, v.label ? `${v.id} ${v.label}` : v.id))) : null;
    return el('li', { class: 'suggestion', 'data-testid': `suggestion-${s.id}`, dataset: { id: s.id, code: s.code } },
      el('strong', {}, `${label(s.code)} (${s.code})`), ` · r. ${s.startLine}${s.endLine !== s.startLine ? '–' + s.endLine : ''} · score ${s.score} · ${s.terms.join(', ')}`,
      el('div', {}, `“${s.text}”`), value, ' ',
      el('button', { type: 'button', 'data-testid': `accept-${s.id}`, onclick: () => decideSuggestion(s, true, value) }, 'Accepteren'), ' ',
      el('button', { type: 'button', 'data-testid': `reject-${s.id}`, onclick: () => decideSuggestion(s, false, value) }, 'Afwijzen'));
  })));
}

async function decideSuggestion(s, accept, valueSelect) {
  const coder = state.coder;
  try {
    if (accept) {
      const result = await api('POST', '/api/suggestions/accept', { coder, version: state.versions[coder], source: state.source.id, suggestion: s.id,
        unit: state.source.units.length === 1 ? state.source.units[0] : null, value: valueSelect ? valueSelect.value : s.value });
      state.versions[coder] = result.version;
      status(`Opgeslagen: ${label(s.code)} (${result.key}, geassisteerd ${result.assisted}).`);
      await openSource(state.source.id, true);
    } else {
      await api('POST', '/api/suggestions/reject', { coder, version: state.suggestionLog, source: state.source.id, suggestion: s.id });
      status(`Afgewezen: ${label(s.code)}.`);
    }
  } catch (e) { status([e.message, ...(e.data?.problems || []).map(p => p.message)].join(' ')); if (e.status === 409) await openSource(state.source.id, true); }
  await showSuggestions();
}

// ---------- consensus ----------
async function showConsensus() {
  const box = $('consensus'); box.replaceChildren(el('p', { class: 'meta' }, 'Bezig…'));
  let data;
  try { data = await api('GET', `/api/consensus?source=${encodeURIComponent(state.source.id)}`); } catch (e) { box.textContent = e.message; return; }
  state.consensusVersion = data.version;
  box.replaceChildren(el('p', { class: 'meta', 'data-testid': 'consensus-summary' }, `${data.disagreements} verschil(len) van ${data.total} groepen in deze bron; ${data.decided} beslist.`));
  const items = data.items.filter(i => i.disagreement || $('consensus-all').checked);
  box.append(el('ol', { class: 'evidence-list' }, items.map((item, n) => {
    const choice = el('select', { 'aria-label': 'Keuze', 'data-testid': `consensus-choice-${n}` },
      data.raters.filter(r => item.codings.some(c => c.coder === r)).map(r => el('option', { value: r }, `codering van ${r}`)),
      el('option', { value: 'both' }, 'beide'), el('option', { value: 'neither' }, 'geen van beide'), el('option', { value: 'new' }, 'een nieuwe codering'));
    const code = el('select', { 'aria-label': 'Nieuwe code', 'data-testid': `consensus-code-${n}`, hidden: true },
      state.codebook.entries.filter(e => e.codable).map(e => el('option', { value: e.id }, `${e.label} (${e.id})`)));
    choice.addEventListener('change', () => { code.hidden = choice.value !== 'new'; });
    const reason = el('input', { type: 'text', 'aria-label': 'Reden (verplicht)', placeholder: 'reden (verplicht)', 'data-testid': `consensus-reason-${n}` });
    if (item.decision) { choice.value = item.decision.choice; reason.value = item.decision.reason; }
    return el('li', { class: 'consensus-item', 'data-testid': `consensus-item-${n}`, dataset: { item: item.id, decided: item.decision ? item.decision.choice : '' } },
      el('div', {}, `${item.unit}${item.period ? ' p' + item.period : ''}: `, item.codings.map(c => `${c.coder} ${short(c.code)}${c.value ? ':' + c.value : ''} “${c.text}”`).join(' / ')),
      item.decision ? el('div', { class: 'meta' }, `Beslist door ${item.decision.by}: ${item.decision.choice} — ${item.decision.reason}`) : null,
      choice, code, reason,
      el('button', { type: 'button', 'data-testid': `consensus-save-${n}`, onclick: () => decideConsensus(item, choice.value, code.value, reason.value) }, 'Vastleggen'));
  })));
}

async function decideConsensus(item, choice, code, reason) {
  try {
    const result = await api('POST', '/api/consensus', { version: state.consensusVersion, item: item.id, choice, by: state.coder, reason, code: choice === 'new' ? code : null });
    state.consensusVersion = result.version;
    status(`Consensus vastgelegd: ${choice} (${item.id}).`);
    await refreshEvidence();
  } catch (e) { status([e.message, ...(e.data?.problems || []).map(p => p.message)].join(' ')); }
  await showConsensus();
}

// ---------- unit view ----------
const judgmentWord = (c) => c.value ? short(c.value) : (c.outcome === 'mixed' ? 'gemengd' : 'geen bewijs');
const statusWord = (s) => ({ proposed: 'voorstel', confirmed: 'bevestigd', decided: 'beslist', overridden: 'overschreven' }[s] || s || '');

async function openUnit(id) {
  let data;
  try { data = await api('GET', `/api/units/${encodeURIComponent(id)}`); } catch (e) { status(e.message); return; }
  state.unit = id;
  showView('unit');
  renderUnits();
  const u = data.unit;
  $('unit-title').textContent = `Eenheid ${u.organisation || u.id} (${u.id})`;
  $('unit-meta').textContent = `case ${u.case} · codeurs ${data.raters.join(', ')}${data.columns.some(c => c.consensus) ? ' · met consensus' : ' · nog geen consensus'}`;
  const body = $('unit-body'); body.replaceChildren();

  // Each coder's classification per period, side by side, and whether the coders agree on it.
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Periode'), el('th', { scope: 'col' }, 'Oordeel'),
    data.columns.map(c => el('th', { scope: 'col', class: c.consensus ? 'consensus' : undefined }, c.consensus ? 'consensus' : c.coder)),
    el('th', { scope: 'col' }, 'Codeurs eens?'));
  const rows = [];
  for (const p of data.periods) {
    for (const [variable, name] of [['response', 'reactie'], ['cluster', 'cluster']]) {
      const v = p[variable];
      rows.push(el('tr', { dataset: { period: p.period, variable } },
        el('th', { scope: 'row' }, `${p.period}${p.label ? ' (' + p.label + ')' : ''}`),
        el('td', {}, name),
        v.cells.map(c => el('td', { class: c.consensus ? 'consensus' : undefined, 'data-testid': `unit-${variable}-${p.period}-${c.coder}`, dataset: { value: c.value || '', rating: c.rating || '' } },
          judgmentWord(c), c.status && c.status !== 'proposed' ? ` (${statusWord(c.status)})` : '', c.value !== c.derived && c.derived ? ` · afgeleid ${short(c.derived)}` : '',
          el('span', { class: 'meta' }, ` · ${c.segments} segm.`))),
        el('td', { 'data-testid': `unit-agree-${variable}-${p.period}`, dataset: { agree: v.agree === null ? '' : String(v.agree) } },
          v.agree === null ? '—' : v.agree ? el('span', { class: 'same' }, 'ja') : el('span', { class: 'differ' }, 'nee, verschil'))));
    }
  }
  body.append(el('section', {}, el('h3', {}, 'Classificatie per periode'),
    el('table', { 'data-testid': 'unit-table' }, el('caption', {}, 'Per codeur volgens zijn of haar eigen codering (jhr classify --coder), naast de consensus'),
      el('thead', {}, head), el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: String(data.columns.length + 3) }, 'Nog geen perioden met codering.'))))));

  // The agreement figures of the reliability library at unit level (as jhr agree prints them), and this unit's share.
  const agreement = el('section', { 'data-testid': 'unit-agreement' }, el('h3', {}, 'Overeenstemming op eenheidsniveau'));
  if (!data.agreement.available) agreement.append(el('p', {}, data.agreement.reason));
  for (const level of data.agreement.levels) {
    const mine = level.unit;
    agreement.append(el('h4', {}, `${level.variable === 'response' ? 'reactie' : level.variable}: alle ${level.items} eenheid-perioden van de studie (jhr agree)`),
      el('ul', {}, level.metrics.map(m => el('li', { class: 'metric', 'data-testid': `unit-metric-${level.variable}-${m.metric}`, dataset: { value: m.value ?? '' } },
        `${m.metric} = ${m.value === null ? (m.message || 'onbepaald') : m.value.toFixed(3)}`))),
      el('p', { 'data-testid': `unit-own-${level.variable}`, dataset: { value: mine.agreement.value ?? '' } },
        `Deze eenheid: ${mine.items - mine.disagreements} van ${mine.items} perioden eens`,
        mine.agreement.value === null ? '' : ` (agreement = ${mine.agreement.value.toFixed(3)})`, '.'));
  }
  body.append(agreement);

  // The unit's sources with their open disagreement groups, each a way into the curation of that source.
  const sources = el('section', { 'data-testid': 'unit-sources' }, el('h3', {}, 'Bronnen en open verschillen'));
  for (const s of data.sources) {
    const src = el('section', { dataset: { source: s.id } }, el('h4', {}, s.title || s.id),
      el('p', { class: 'meta' }, `${s.id} · periode ${s.period} · ${s.disagreements} verschil(len) in ${s.groups} groep(en), ${s.decided} beslist, ${s.open.length} open`));
    if (s.open.length)
      src.append(el('ol', { class: 'open-groups evidence-list' }, s.open.map(g => el('li', { dataset: { item: g.id } },
        g.codings.map(c => `${c.coder} ${short(c.code)}${c.value ? ':' + c.value : ''}`).join(' / '), ` — “${g.codings[0]?.text ?? ''}” `,
        el('button', { type: 'button', 'data-testid': `unit-curate-${g.id}`, onclick: () => openCuration(s.id, g.id) }, 'Naar de curatie')))));
    else src.append(el('button', { type: 'button', onclick: () => openSource(s.id) }, 'Bron openen'));
    sources.append(src);
  }
  if (!data.sources.length) sources.append(el('p', { class: 'meta' }, 'Geen bronnen over deze eenheid.'));
  body.append(sources);
  status(`Eenheid ${u.id}: ${data.periods.length} periode(n), ${data.sources.reduce((n, s) => n + s.open.length, 0)} open verschil(len).`);
  $('unit-view').focus();
}

/** Opens a source with its curation and puts the focus on one aligned group's decision. */
async function openCuration(sourceId, itemId) {
  await openSource(sourceId);
  await showConsensus();
  const item = [...document.querySelectorAll('#consensus li.consensus-item')].find(li => li.dataset.item === itemId);
  if (!item) return;
  item.scrollIntoView({ block: 'center' });
  item.querySelector('select')?.focus();
}

// ---------- keyboard ----------
function frequentCodes() {
  const counts = new Map();
  for (const c of state.source?.codings || []) if (c.coder === state.coder) counts.set(c.code, (counts.get(c.code) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(x => x[0]).slice(0, 9);
}

document.addEventListener('keydown', (ev) => {
  if (document.querySelector('dialog[open]') || ev.target.closest?.('input, textarea, select')) return;
  if ((ev.key === 'k' || ev.key === 'K') && readSelection()) { ev.preventDefault(); onSelect(); }
  if (ev.altKey && /^[1-9]$/.test(ev.key)) {
    const code = frequentCodes()[Number(ev.key) - 1]; const sel = readSelection();
    if (code && sel) { ev.preventDefault(); openForm(sel, { code }); }
  }
});

// ---------- wiring ----------
document.addEventListener('DOMContentLoaded', () => {
  $('text').addEventListener('mouseup', () => setTimeout(onSelect, 0));
  $('code-search').addEventListener('input', (ev) => renderTree(ev.target.value));
  $('f-code').addEventListener('change', () => codeChanged());
  $('coding-form').addEventListener('submit', saveForm);
  $('coding-cancel').addEventListener('click', () => $('coding-dialog').close());
  $('judgment-form').addEventListener('submit', saveJudgment);
  $('judgment-cancel').addEventListener('click', () => $('judgment-dialog').close());
  $('agreement-button').addEventListener('click', showAgreement);
  $('suggestions-button').addEventListener('click', showSuggestions);
  $('consensus-button').addEventListener('click', showConsensus);
  $('consensus-all').addEventListener('change', showConsensus);
  $('unit-back').addEventListener('click', () => { showView('source'); $('source').focus(); });
  $('coder').addEventListener('change', async (ev) => { state.coder = ev.target.value; sessionStorage.setItem('jhr-coder', state.coder); if (state.source) await openSource(state.source.id, true); });
  $('show-others').addEventListener('change', async (ev) => { state.showOthers = ev.target.checked; if (state.source) await openSource(state.source.id, true); });
  $('basis').addEventListener('change', async (ev) => { state.basis = ev.target.value; await refreshEvidence(); });
  start();
});
