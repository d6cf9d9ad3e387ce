/* Berdaya field app (issue 22): WRSE intake and KUBP collection sheets that work without a
   network. What the officer records waits in IndexedDB (the outbox) until she syncs; every record
   carries a key made here, so a sync repeated after a lost answer never records anything twice.
   No framework, no build step. */
'use strict';

const API = new URL('../api/', location.href).href;
const REGENCY = '6402'; // Kutai Kartanegara, the programmes' regency

const TEXT = {
  id: {
    title: 'Berdaya Lapangan', signOut: 'Keluar', tabIntake: 'Permohonan WRSE', tabSheets: 'Lembar penagihan',
    tabOutbox: 'Kotak keluar', signInTitle: 'Masuk', username: 'Nama pengguna', password: 'Kata sandi', signIn: 'Masuk',
    intakeTitle: 'Permohonan WRSE baru', kk: 'Nomor KK', fullName: 'Nama lengkap', sex: 'Jenis kelamin',
    female: 'Perempuan', male: 'Laki-laki', birthDate: 'Tanggal lahir', marital: 'Status perkawinan',
    district: 'Kecamatan', village: 'Desa/kelurahan', applicationDate: 'Tanggal permohonan', registries: 'Terdaftar di',
    decile: 'Desil P3KE/DTSEN (1–10)', situation: 'Keadaan', hasBusiness: 'Sudah punya usaha',
    breadwinner: 'Pencari nafkah utama', training: 'Pernah ikut pelatihan keterampilan', businessField: 'Bidang usaha',
    circumstances: 'Keadaan khusus', photo: 'Foto KTP (opsional, diperkecil di ponsel)', saveOffline: 'Simpan di ponsel',
    sheetsTitle: 'Lembar penagihan', meetingDate: 'Tanggal pertemuan', sheetScope: 'Kelompok',
    download: 'Unduh sebelum berangkat', outboxTitle: 'Kotak keluar',
    outboxHelp: 'Yang dicatat tersimpan di ponsel sampai terkirim. Yang ditolak server tetap di sini sampai diperbaiki atau dibuang.',
    sync: 'Kirim sekarang', online: 'Daring', offline: 'Luring — yang dicatat disimpan di ponsel',
    ready: 'aplikasi siap dipakai tanpa sinyal', myGroups: 'Kelompok binaan saya', choose: '— pilih —',
    required: 'wajib diisi', digits16: 'harus 16 angka', future: 'tidak boleh di masa depan',
    nikDate: 'tanggal lahir di NIK (digit 7–12) tidak cocok dengan tanggal lahir dan jenis kelamin (perempuan: tanggal + 40)',
    decileRange: 'desil 1 sampai 10', saved: 'Tersimpan di ponsel; dikirim saat sinkronisasi.',
    photoSize: 'Foto diperkecil: {kb} KB', wrongLogin: 'Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan.',
    needOnline: 'Masuk memerlukan sinyal.', expired: 'Sesi berakhir. Masuk lagi untuk mengirim; yang sudah dicatat tetap tersimpan.',
    noSignIn: 'Masuk sekali saat ada sinyal; kata sandi tidak disimpan.',
    stPENDING: 'Menunggu dikirim', stSENDING: 'Sedang dikirim', stRECORDED: 'Tercatat di server, menunggu penyaringan',
    stDONE: 'Selesai', stREFUSED: 'Ditolak server — perbaiki atau buang', stCONFLICT: 'Bentrok dengan data server — tidak ditimpa',
    application: 'Permohonan', sheet: 'Lembar penagihan', edit: 'Perbaiki', discard: 'Buang',
    confirmDiscard: 'Buang catatan ini dari ponsel?', nothing: 'Kotak keluar kosong.',
    syncing: 'Mengirim…', syncDone: 'Sinkronisasi selesai: {done} terkirim, {left} tersisa.',
    syncOffline: 'Tidak ada sinyal: catatan tetap di ponsel, kirim lagi nanti.',
    decision: 'Hasil penyaringan', score: 'skor', ELIGIBLE: 'Layak', INELIGIBLE: 'Tidak layak', NEEDS_REVIEW: 'Perlu ditinjau',
    PASS: 'lulus', FAIL: 'gagal', TO_CHECK: 'diperiksa di lapangan',
    posted: '{posted} baris dibukukan, {replayed} sudah dibukukan sebelumnya (tidak diulang)',
    group: 'Kelompok', toCollect: 'Harus ditagih', paid: 'Dibayar (Rp)', receipt: 'No. kuitansi', attendance: 'Hadir',
    saveSheet: 'Simpan lembar untuk dikirim', sheetQueued: 'Lembar disimpan di kotak keluar.', sheetEmpty: 'Isi jumlah dibayar untuk sedikitnya satu kelompok.',
    alreadyPosted: 'sudah dibukukan', noRows: 'Tidak ada pinjaman aktif pada lembar ini.', dueOn: 'Pertemuan {date}',
    sheetDownloaded: 'Lembar {id} diunduh ({rows} kelompok).', photoSent: 'foto terkirim', field: 'isian',
    notAllowed: 'Peran Anda tidak boleh melakukan ini',
    tabCandidates: 'Kandidat', candidatesTitle: 'Daftar kandidat penargetan', candDownload: 'Unduh daftar kandidat',
    myDistrict: 'Kecamatan saya', run: 'Penargetan {id} · tanggal permohonan {date}', rank: 'peringkat', decileShort: 'desil',
    startIntake: 'Mulai permohonan', noCandidates: 'Belum ada daftar kandidat di ponsel. Unduh saat ada sinyal.',
    candDownloaded: 'Daftar kandidat {district} diunduh: {n} kandidat.', noneInRun: 'Tidak ada kandidat di kecamatan ini.',
    prefilled: 'Diisi dari kandidat peringkat {rank} (penargetan {run}). Periksa dengan KTP dan KK.',
    prefilledMasked: 'Diisi dari kandidat peringkat {rank} (penargetan {run}). NIK dan tanggal lahir: salin dari KTP.',
    photoKk: 'Foto KK (opsional, diperkecil di ponsel)', photoKkSent: 'foto KK terkirim'
  },
  en: {
    title: 'Berdaya Field', signOut: 'Sign out', tabIntake: 'WRSE application', tabSheets: 'Collection sheets',
    tabOutbox: 'Outbox', signInTitle: 'Sign in', username: 'Username', password: 'Password', signIn: 'Sign in',
    intakeTitle: 'New WRSE application', kk: 'Family card (KK) number', fullName: 'Full name', sex: 'Sex',
    female: 'Female', male: 'Male', birthDate: 'Date of birth', marital: 'Marital status',
    district: 'District', village: 'Village', applicationDate: 'Application date', registries: 'Listed in',
    decile: 'P3KE/DTSEN decile (1–10)', situation: 'Situation', hasBusiness: 'Already runs a business',
    breadwinner: 'Main breadwinner', training: 'Had skills training', businessField: 'Business field',
    circumstances: 'Circumstances', photo: 'Photo of the ID card (optional, reduced on the phone)', saveOffline: 'Save on the phone',
    sheetsTitle: 'Collection sheets', meetingDate: 'Meeting date', sheetScope: 'Groups',
    download: 'Download before the trip', outboxTitle: 'Outbox',
    outboxHelp: 'What you record stays on the phone until it is sent. What the server refuses stays here until you fix or discard it.',
    sync: 'Send now', online: 'Online', offline: 'Offline — what you record is kept on the phone',
    ready: 'the app works without a signal', myGroups: 'My groups', choose: '— choose —',
    required: 'is required', digits16: 'must be 16 digits', future: 'cannot be in the future',
    nikDate: 'the birth date in the NIK (digits 7–12) does not agree with the birth date and sex (women: day + 40)',
    decileRange: 'decile 1 to 10', saved: 'Saved on the phone; sent when you sync.',
    photoSize: 'Photo reduced: {kb} KB', wrongLogin: 'Wrong username or password, or too many attempts.',
    needOnline: 'Signing in needs a signal.', expired: 'Your session ended. Sign in again to send; what you recorded is kept.',
    noSignIn: 'Sign in once while you have a signal; the password is not stored.',
    stPENDING: 'Waiting to be sent', stSENDING: 'Being sent', stRECORDED: 'Recorded on the server, waiting for screening',
    stDONE: 'Done', stREFUSED: 'Refused by the server — fix or discard', stCONFLICT: 'Conflicts with the server — not overwritten',
    application: 'Application', sheet: 'Collection sheet', edit: 'Fix', discard: 'Discard',
    confirmDiscard: 'Discard this record from the phone?', nothing: 'The outbox is empty.',
    syncing: 'Sending…', syncDone: 'Sync finished: {done} sent, {left} left.',
    syncOffline: 'No signal: the records stay on the phone, send again later.',
    decision: 'Screening result', score: 'score', ELIGIBLE: 'Eligible', INELIGIBLE: 'Not eligible', NEEDS_REVIEW: 'Needs review',
    PASS: 'pass', FAIL: 'fail', TO_CHECK: 'to check in the field',
    posted: '{posted} rows posted, {replayed} posted before (not repeated)',
    group: 'Group', toCollect: 'To collect', paid: 'Paid (Rp)', receipt: 'Receipt no.', attendance: 'Present',
    saveSheet: 'Keep the sheet for sending', sheetQueued: 'Sheet kept in the outbox.', sheetEmpty: 'Enter the amount paid for at least one group.',
    alreadyPosted: 'already posted', noRows: 'No active loans on this sheet.', dueOn: 'Meeting {date}',
    sheetDownloaded: 'Sheet {id} downloaded ({rows} groups).', photoSent: 'photo sent', field: 'field',
    notAllowed: 'Your role may not do this',
    tabCandidates: 'Candidates', candidatesTitle: 'Candidate lists from targeting', candDownload: 'Download candidate lists',
    myDistrict: 'My district', run: 'Targeting run {id} · application date {date}', rank: 'rank', decileShort: 'decile',
    startIntake: 'Start an application', noCandidates: 'No candidate lists on the phone yet. Download them while you have a signal.',
    candDownloaded: 'Candidate lists of {district} downloaded: {n} candidates.', noneInRun: 'No candidates in this district.',
    prefilled: 'Filled from the candidate ranked {rank} (targeting run {run}). Check it against the KTP and KK.',
    prefilledMasked: 'Filled from the candidate ranked {rank} (targeting run {run}). NIK and birth date: copy them from the KTP.',
    photoKk: 'Photo of the family card (KK) (optional, reduced on the phone)', photoKkSent: 'KK photo sent'
  }
};
const MARITAL = { UNMARRIED: ['belum kawin', 'unmarried'], MARRIED: ['kawin', 'married'], DIVORCED: ['cerai hidup', 'divorced'],
  WIDOWED: ['cerai mati', 'widowed'], ABANDONED: ['ditinggal suami tanpa kejelasan', 'abandoned by her husband'] };
const BUSINESS = { CULINARY: ['Kuliner', 'Culinary'], SEWING: ['Menjahit', 'Sewing'], HANDICRAFT: ['Kerajinan', 'Handicraft'],
  TRADE: ['Warung / toko kecil', 'Small shop'], AGRICULTURE: ['Pertanian / kebun', 'Agriculture'], LIVESTOCK: ['Peternakan', 'Livestock'],
  FISHERY: ['Perikanan', 'Fishery'], SERVICES: ['Jasa', 'Services'], OTHER: ['Lainnya', 'Other'] };

let lang = localStorage.getItem('berdaya.field.lang') === 'en' ? 'en' : 'id';
let session = null;
let editing = null; // the outbox record being fixed
let photo = null;
let photoKk = null;
let prefillAid = []; // the aid the registries record for a candidate the form was filled from
let syncing = false;

const $ = (id) => document.getElementById(id);
const t = (key, values) => {
  let s = TEXT[lang][key] || TEXT.id[key] || key;
  for (const [k, v] of Object.entries(values || {})) s = s.replace('{' + k + '}', v);
  return s;
};
const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') e.textContent = v; else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
};
const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
  : ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, (c) => (c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> c / 4).toString(16)));
const today = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
};
const rupiah = (n) => 'Rp ' + Number(n || 0).toLocaleString('id-ID');

/* ---------- IndexedDB: kv (session, reference data), sheets, outbox ---------- */
let dbPromise = null;
function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const open = indexedDB.open('berdaya-field', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('kv');
        open.result.createObjectStore('sheets', { keyPath: 'id' });
        open.result.createObjectStore('outbox', { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }
  return dbPromise;
}
async function tx(store, mode, work) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const x = d.transaction(store, mode);
    const req = work(x.objectStore(store));
    x.oncomplete = () => resolve(req && 'result' in req ? req.result : undefined);
    x.onerror = () => reject(x.error);
  });
}
const kvGet = (k) => tx('kv', 'readonly', (s) => s.get(k));
const kvPut = (k, v) => tx('kv', 'readwrite', (s) => s.put(v, k));
const kvDel = (k) => tx('kv', 'readwrite', (s) => s.delete(k));
const all = (store) => tx(store, 'readonly', (s) => s.getAll());
const put = (store, v) => tx(store, 'readwrite', (s) => s.put(v));
const del = (store, k) => tx(store, 'readwrite', (s) => s.delete(k));

/* ---------- the API, with the bearer token ---------- */
class SignInNeeded extends Error {}
class Offline extends Error {}

async function api(path, options) {
  const o = options || {};
  const headers = Object.assign({ Accept: 'application/json', 'Accept-Language': lang, 'X-Berdaya-Client': 'field' }, o.headers || {});
  if (!headers.Authorization && session) headers.Authorization = 'Bearer ' + session.token;
  if (o.json !== undefined) headers['Content-Type'] = 'application/json';
  let answer;
  try {
    answer = await fetch(API + path, { method: o.method || 'GET', headers, credentials: 'omit', cache: 'no-store',
      body: o.json !== undefined ? JSON.stringify(o.json) : o.body });
  } catch (e) {
    throw new Offline(String(e));
  }
  let body = null;
  const text = await answer.text().catch(() => { throw new Offline('answer cut'); });
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (answer.status === 401 && !o.signIn) throw new SignInNeeded();
  if (answer.status >= 500 || answer.status === 0) throw new Offline('server ' + answer.status);
  return { status: answer.status, body, replayed: answer.headers.get('Idempotent-Replayed') === 'true' };
}

/* ---------- views ---------- */
function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  $('lang').textContent = lang === 'id' ? 'English' : 'Bahasa Indonesia';
  $('lang').setAttribute('lang', lang === 'id' ? 'en' : 'id');
  fillSelects();
  showNetwork();
}

function show(view) {
  for (const v of ['signin', 'intake', 'candidates', 'sheets', 'outbox']) $('view-' + v).hidden = v !== view;
  document.querySelectorAll('#tabs button').forEach((b) => {
    if (b.dataset.view === view) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
  });
  if (view === 'outbox') renderOutbox();
  if (view === 'sheets') renderSheets();
  if (view === 'candidates') renderCandidates();
}

function showNetwork() {
  const online = navigator.onLine;
  const ready = document.body.dataset.ready === 'true';
  $('net').textContent = (online ? t('online') : t('offline')) + (ready ? ' · ' + t('ready') : '');
  $('net').className = 'status' + (online ? '' : ' offline');
}

async function fillSelects() {
  const marital = $('f-maritalStatus');
  const keepM = marital.value;
  marital.replaceChildren(el('option', { value: '', text: t('choose') }),
    ...Object.entries(MARITAL).map(([code, names]) => el('option', { value: code, text: names[lang === 'id' ? 0 : 1] })));
  marital.value = keepM;
  const business = $('f-businessField');
  const keepB = business.value;
  business.replaceChildren(el('option', { value: '', text: t('choose') }),
    ...Object.entries(BUSINESS).map(([code, names]) => el('option', { value: code, text: names[lang === 'id' ? 0 : 1] })));
  business.value = keepB;
  const districts = (await kvGet('districts')) || [];
  const district = $('f-districtCode');
  const keepD = district.value;
  district.replaceChildren(el('option', { value: '', text: t('choose') }),
    ...districts.map((d) => el('option', { value: d.code, text: d.name })));
  district.value = keepD;
  const scope = $('s-district');
  const keepS = scope.value;
  scope.replaceChildren(el('option', { value: '', text: t('myGroups') }),
    ...districts.map((d) => el('option', { value: d.code, text: t('district') + ' ' + d.name })));
  scope.value = keepS;
  const cand = $('c-district');
  const keepC = cand.value;
  cand.replaceChildren(el('option', { value: '', text: t('myDistrict') }),
    ...districts.map((d) => el('option', { value: d.code, text: d.name })));
  cand.value = keepC;
  const circumstances = (await kvGet('circumstances')) || [];
  const box = $('circumstances');
  const checked = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
  box.replaceChildren(el('legend', { text: t('circumstances') }), ...circumstances.map((c) => el('label', {},
    el('input', { type: 'checkbox', name: 'circumstance', value: c.code, checked: checked.has(c.code) }),
    lang === 'id' ? c.nameId : c.nameEn)));
}

/* ---------- signing in: username and password once, for a token; the password is never kept ---------- */
async function signIn(event) {
  event.preventDefault();
  $('signin-error').textContent = '';
  const username = $('username').value.trim();
  const password = $('password').value;
  if (!username || !password) {
    $('signin-error').textContent = (username ? t('password') : t('username')) + ' ' + t('required');
    return;
  }
  const basic = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(username + ':' + password)));
  let answer;
  try {
    answer = await api('tokens', { method: 'POST', json: { client: 'field' }, headers: { Authorization: basic }, signIn: true });
  } catch (e) {
    $('signin-error').textContent = t('needOnline');
    return;
  } finally {
    $('password').value = '';
  }
  if (answer.status !== 201) {
    $('signin-error').textContent = t('wrongLogin');
    return;
  }
  session = answer.body;
  await kvPut('session', session);
  await loadReferenceData();
  signedIn();
  show('outbox');
}

async function loadReferenceData() {
  try {
    const districts = await api('regions/' + REGENCY + '/districts');
    if (districts.status === 200) await kvPut('districts', districts.body);
    const circumstances = await api('wrse/circumstances');
    if (circumstances.status === 200) await kvPut('circumstances', circumstances.body);
    // Her own district's candidate lists (an account without a district gets a 400: she picks one later).
    const lists = await api('wrse/candidate-lists');
    if (lists.status === 200) await kvPut('candidates', lists.body);
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
  }
  await fillSelects();
}

function signedIn() {
  $('tabs').hidden = false;
  $('signout').hidden = false;
  $('who').textContent = session.fullName || session.username;
}

async function needSignIn(why) {
  session = null;
  await kvDel('session');
  $('tabs').hidden = true;
  $('signout').hidden = true;
  $('who').textContent = '';
  $('signin-why').textContent = why || t('noSignIn');
  show('signin');
}

async function signOut() {
  if (session && navigator.onLine) {
    try { await api('tokens/current', { method: 'DELETE' }); } catch (e) { /* it expires by itself */ }
  }
  await kvDel('candidates'); // full NIKs for the prefill leave the phone with her
  await needSignIn(t('noSignIn'));
}

/* ---------- WRSE intake: the server's checks that need no server ---------- */
function readForm() {
  const f = $('intake');
  const registries = [...f.querySelectorAll('input[name=registry]:checked')].map((i) => i.value);
  const decile = $('f-decile').value ? Number($('f-decile').value) : null;
  return {
    nik: $('f-nik').value.trim(), kkNumber: $('f-kkNumber').value.trim(), fullName: $('f-fullName').value.trim(),
    sex: f.querySelector('input[name=sex]:checked').value, birthDate: $('f-birthDate').value,
    maritalStatus: $('f-maritalStatus').value, regencyCode: REGENCY, districtCode: $('f-districtCode').value,
    village: $('f-village').value.trim() || null, applicationDate: $('f-applicationDate').value,
    registries: registries.map((name) => (decile && (name === 'P3KE' || name === 'DTSEN') ? { name, decile } : { name })),
    currentAid: prefillAid.slice(), hasBusiness: f.querySelector('input[name=hasBusiness]').checked,
    businessField: $('f-businessField').value || null,
    mainBreadwinner: f.querySelector('input[name=mainBreadwinner]').checked,
    priorSkillsTraining: f.querySelector('input[name=priorSkillsTraining]').checked,
    circumstances: [...f.querySelectorAll('input[name=circumstance]:checked')].map((i) => i.value)
  };
}

function check(a) {
  const errors = {};
  const need = (field, value) => { if (!value) errors[field] = t('required'); };
  if (!/^\d{16}$/.test(a.nik)) errors.nik = a.nik ? t('digits16') : t('required');
  if (!/^\d{16}$/.test(a.kkNumber)) errors.kkNumber = a.kkNumber ? t('digits16') : t('required');
  need('fullName', a.fullName);
  need('birthDate', a.birthDate);
  need('maritalStatus', a.maritalStatus);
  need('districtCode', a.districtCode);
  need('applicationDate', a.applicationDate);
  if (a.birthDate && a.birthDate > today()) errors.birthDate = t('future');
  if (a.applicationDate && a.applicationDate > today()) errors.applicationDate = t('future');
  if (!errors.nik && a.birthDate) {
    const [y, m, d] = a.birthDate.split('-');
    const day = Number(d) + (a.sex === 'F' ? 40 : 0);
    const expected = String(day).padStart(2, '0') + m + y.slice(2);
    if (a.nik.slice(6, 12) !== expected) errors.nik = t('nikDate');
  }
  const decile = $('f-decile').value;
  if (decile && !(Number(decile) >= 1 && Number(decile) <= 10 && Number.isInteger(Number(decile)))) errors.registries = t('decileRange');
  return errors;
}

function showErrors(errors) {
  document.querySelectorAll('#intake .err').forEach((p) => { p.textContent = ''; });
  document.querySelectorAll('#intake [aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  let first = null;
  for (const [field, message] of Object.entries(errors)) {
    const p = $('e-' + field);
    if (p) p.textContent = message;
    const input = $('f-' + field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
  }
  if (first) first.focus();
}

async function compressPhoto(file) {
  // createImageBitmap needs no blob: URL, which the content policy does not allow for images.
  const image = await createImageBitmap(file);
  const scale = Math.min(1, 1280 / Math.max(image.width, image.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  image.close();
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.7));
}

async function choosePhoto(event) {
  const kk = event.target.id === 'f-photoKk';
  const file = event.target.files[0];
  const info = $(kk ? 'photoKk-info' : 'photo-info');
  if (kk) photoKk = null; else photo = null;
  info.textContent = '';
  if (!file) return;
  const small = await compressPhoto(file);
  if (kk) photoKk = small; else photo = small;
  info.textContent = t('photoSize', { kb: Math.max(1, Math.round(small.size / 1024)) });
}

async function saveApplication(event) {
  event.preventDefault();
  const a = readForm();
  const errors = check(a);
  showErrors(errors);
  if (Object.keys(errors).length) return;
  const record = editing || { id: uuid(), kind: 'application', key: 'field-' + uuid(), createdAt: new Date().toISOString() };
  Object.assign(record, { payload: a, state: 'PENDING', errors: [], message: null,
    label: a.fullName + ' · ' + a.nik.slice(0, 4) + '********' + a.nik.slice(12) });
  if (photo) Object.assign(record, { photo, photoSent: false });
  if (photoKk) Object.assign(record, { photoKk, photoKkSent: false });
  await put('outbox', record);
  editing = null;
  photo = null;
  photoKk = null;
  prefillAid = [];
  $('intake').reset();
  $('f-applicationDate').value = today();
  $('photo-info').textContent = '';
  $('photoKk-info').textContent = '';
  $('prefilled').hidden = true;
  const result = $('intake-result');
  result.hidden = false;
  result.textContent = t('saved') + ' (' + record.label + ')';
}

function editApplication(record) {
  editing = record;
  const a = record.payload;
  prefillAid = a.currentAid || [];
  for (const f of ['nik', 'kkNumber', 'fullName', 'birthDate', 'maritalStatus', 'districtCode', 'village', 'applicationDate', 'businessField']) {
    $('f-' + f).value = a[f] || '';
  }
  const form = $('intake');
  form.querySelector('input[name=sex][value=' + a.sex + ']').checked = true;
  form.querySelectorAll('input[name=registry]').forEach((i) => { i.checked = a.registries.some((r) => r.name === i.value); });
  const decile = a.registries.find((r) => r.decile);
  $('f-decile').value = decile ? decile.decile : '';
  for (const b of ['hasBusiness', 'mainBreadwinner', 'priorSkillsTraining']) form.querySelector('input[name=' + b + ']').checked = !!a[b];
  form.querySelectorAll('input[name=circumstance]').forEach((i) => { i.checked = a.circumstances.includes(i.value); });
  $('intake-result').hidden = true;
  show('intake');
  showErrors(Object.fromEntries((record.errors || []).map((e) => [e.field, e.message])));
}

/* ---------- candidate lists from targeting runs: downloaded with the reference data, visited offline ---------- */
async function downloadCandidates(event) {
  event.preventDefault();
  const district = $('c-district').value;
  $('cand-msg').textContent = '';
  try {
    const answer = await api('wrse/candidate-lists' + (district ? '?districtCode=' + district : ''));
    if (answer.status !== 200) {
      const b = answer.body || {};
      $('cand-msg').textContent = (b.errors && b.errors.length ? b.errors.map((e) => e.message).join('; ') : problem(answer));
      return;
    }
    await kvPut('candidates', answer.body);
    $('cand-msg').textContent = t('candDownloaded', { district: answer.body.districtName,
      n: answer.body.runs.reduce((n, r) => n + r.candidates.length, 0) });
    renderCandidates();
  } catch (e) {
    if (e instanceof SignInNeeded) return needSignIn(t('expired'));
    $('cand-msg').textContent = t('needOnline');
  }
}

async function renderCandidates() {
  const lists = await kvGet('candidates');
  const box = $('cand-list');
  if (!lists || !lists.runs.length) {
    box.replaceChildren(el('p', { class: 'muted', text: t('noCandidates') }));
    return;
  }
  box.replaceChildren(...lists.runs.map((run) => el('article', { id: 'run-' + run.id },
    el('h3', { text: t('run', { id: run.id, date: run.applicationDate }) + ' · ' + lists.districtName }),
    run.candidates.length ? el('ul', { class: 'records' }, ...run.candidates.map((c) => {
      const start = el('button', { type: 'button', id: 'cand-' + run.id + '-' + c.rank, text: t('startIntake'),
        'aria-label': t('startIntake') + ' — ' + c.fullName });
      start.addEventListener('click', () => startFromCandidate(lists, run, c));
      return el('li', { 'data-rank': c.rank }, el('strong', { text: c.rank + '. ' + c.fullName }), el('br'),
        el('span', { text: 'NIK ' + c.nikMasked + ' · ' + (c.villageName || c.villageCode || '') }), el('br'),
        el('span', { class: 'muted', text: [c.decile ? t('decileShort') + ' ' + c.decile : null, t('score') + ' ' + c.score,
          t('rank') + ' ' + c.rank].filter(Boolean).join(' · ') }), el('br'), start);
    })) : el('p', { class: 'muted', text: t('noneInRun') }))));
}

function startFromCandidate(lists, run, c) {
  editing = null;
  photo = null;
  photoKk = null;
  const form = $('intake');
  form.reset();
  $('photo-info').textContent = '';
  $('photoKk-info').textContent = '';
  $('f-applicationDate').value = today();
  const p = c.prefill;
  $('f-fullName').value = c.fullName;
  $('f-districtCode').value = lists.districtCode;
  $('f-village').value = c.villageName || c.villageCode || '';
  prefillAid = p ? [...(p.currentAid || [])] : [];
  if (p) {
    $('f-nik').value = p.nik;
    $('f-kkNumber').value = p.kkNumber || '';
    $('f-birthDate').value = p.birthDate || '';
    form.querySelector('input[name=sex][value=' + (p.sex === 'M' ? 'M' : 'F') + ']').checked = true;
    if (p.maritalStatus) $('f-maritalStatus').value = p.maritalStatus;
    if (p.districtCode) $('f-districtCode').value = p.districtCode;
    form.querySelector('input[name=mainBreadwinner]').checked = !!p.mainBreadwinner;
    form.querySelectorAll('input[name=registry]').forEach((i) => { i.checked = p.registries.some((r) => r.registry === i.value); });
    const decile = p.registries.find((r) => r.decile);
    $('f-decile').value = decile ? decile.decile : '';
  }
  const note = $('prefilled');
  note.hidden = false;
  note.textContent = t(p ? 'prefilled' : 'prefilledMasked', { rank: c.rank, run: run.id });
  $('intake-result').hidden = true;
  showErrors({});
  show('intake');
}

/* ---------- collection sheets ---------- */
async function downloadSheet(event) {
  event.preventDefault();
  $('sheet-msg').textContent = '';
  $('e-s-date').textContent = '';
  const date = $('s-date').value;
  if (!date) {
    $('e-s-date').textContent = t('meetingDate') + ' ' + t('required');
    return;
  }
  const district = $('s-district').value;
  const request = district ? { districtCode: district, meetingDate: date } : { fieldOfficer: session.username, meetingDate: date };
  try {
    const answer = await api('kubp/collection-sheets', { method: 'POST', json: request });
    if (answer.status !== 201) {
      $('sheet-msg').textContent = problem(answer);
      return;
    }
    await put('sheets', answer.body);
    $('sheet-msg').textContent = t('sheetDownloaded', { id: answer.body.id, rows: answer.body.rows.length });
    renderSheets();
  } catch (e) {
    if (e instanceof SignInNeeded) return needSignIn(t('expired'));
    $('sheet-msg').textContent = t('needOnline');
  }
}

async function renderSheets() {
  const sheets = await all('sheets');
  const queued = Object.fromEntries((await all('outbox')).filter((r) => r.kind === 'sheet').map((r) => [r.sheetId, r]));
  const list = $('sheet-list');
  list.replaceChildren(...sheets.sort((a, b) => b.id - a.id).map((sheet) => {
    const entry = queued[sheet.id];
    const entered = Object.fromEntries(((entry && entry.rows) || []).map((r) => [r.loanId, r]));
    const rows = sheet.rows.map((r) => {
      const e = entered[r.loanId] || {};
      const name = r.groupName + ' (' + r.village + ')';
      const cell = (field, type, value, label) => el('td', {}, r.posted ? (value === undefined || value === null ? '' : String(value))
        : el('input', { type, name: field, inputmode: type === 'number' ? 'numeric' : null, min: type === 'number' ? '0' : null,
          value: value === undefined || value === null ? '' : value, 'aria-label': label + ' — ' + name, 'data-loan': r.loanId }));
      return el('tr', {}, el('th', { scope: 'row' }, r.groupName, el('br'), el('span', { class: 'muted', text: r.village + ' · ' + r.chairName })),
        el('td', { text: rupiah(r.toCollect) }),
        cell('amount', 'number', r.posted ? r.paidAmount : e.amount, t('paid')),
        cell('receiptNo', 'text', r.posted ? r.receiptNo : e.receiptNo, t('receipt')),
        cell('attendance', 'number', r.posted ? r.attendance : e.attendance, t('attendance')));
    });
    const table = el('div', { class: 'table-wrap' }, el('table', { id: 'sheet-' + sheet.id },
      el('caption', { text: t('sheet') + ' ' + sheet.id + ' · ' + t('dueOn', { date: sheet.meetingDate }) }),
      el('thead', {}, el('tr', {}, ...['group', 'toCollect', 'paid', 'receipt', 'attendance'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...rows)));
    const save = el('button', { type: 'button', class: 'primary', id: 'sheet-save-' + sheet.id, text: t('saveSheet') });
    const msg = el('p', { id: 'sheet-saved-' + sheet.id, role: 'status' });
    save.addEventListener('click', () => queueSheet(sheet, table, msg));
    return el('article', {}, sheet.rows.length ? table : el('p', { text: t('noRows') }), sheet.rows.length ? save : null, msg);
  }));
}

async function queueSheet(sheet, table, msg) {
  const existing = (await all('outbox')).find((r) => r.kind === 'sheet' && r.sheetId === sheet.id && r.state !== 'DONE');
  const keys = Object.fromEntries(((existing && existing.rows) || []).map((r) => [r.loanId, r.key]));
  const rows = [];
  for (const r of sheet.rows.filter((x) => !x.posted)) {
    const value = (name) => table.querySelector('input[name=' + name + '][data-loan="' + r.loanId + '"]').value.trim();
    if (value('amount') === '') continue;
    rows.push({ loanId: r.loanId, key: keys[r.loanId] || 'field-' + uuid(), amount: Number(value('amount')),
      receiptNo: value('receiptNo') || null, attendance: value('attendance') === '' ? null : Number(value('attendance')),
      groupName: r.groupName });
  }
  if (!rows.length) {
    msg.textContent = t('sheetEmpty');
    return;
  }
  const record = existing || { id: uuid(), kind: 'sheet', sheetId: sheet.id, createdAt: new Date().toISOString() };
  Object.assign(record, { rows, state: 'PENDING', errors: [], message: null,
    label: t('sheet') + ' ' + sheet.id + ' · ' + sheet.meetingDate });
  await put('outbox', record);
  msg.textContent = t('sheetQueued');
}

/* ---------- the outbox and sync ---------- */
function problem(answer) {
  const b = answer.body || {};
  if (answer.status === 403) return t('notAllowed') + (b.message ? ' (' + b.message + ')' : '');
  return b.message || ('HTTP ' + answer.status);
}

function refused(record, answer) {
  const b = answer.body || {};
  record.state = answer.status === 409 ? 'CONFLICT' : 'REFUSED';
  record.message = problem(answer);
  record.errors = (b.errors || []).map((e) => ({ field: e.field, message: e.message }));
  record.reasons = (b.reasons || []).map((r) => (r.reason ? (lang === 'id' ? r.reason.id : r.reason.en) : r.code));
}

function screening(view) {
  const last = view.decisions ? view.decisions[view.decisions.length - 1] : view;
  return { decision: last.decision, priorityScore: last.priorityScore,
    criteria: (last.criteria || []).map((c) => ({ code: c.code, outcome: c.outcome, id: c.reason && c.reason.id, en: c.reason && c.reason.en })) };
}

async function sendApplication(record) {
  if (!record.serverId) {
    record.state = 'SENDING';
    await put('outbox', record);
    const answer = await api('wrse/applications', { method: 'POST', json: record.payload, headers: { 'Idempotency-Key': record.key } });
    if (answer.status !== 201 && answer.status !== 200) {
      refused(record, answer);
      return;
    }
    record.serverId = answer.body.id;
    record.replayed = answer.replayed;
    record.state = 'RECORDED';
    await put('outbox', record);
  }
  for (const [blob, sent, kind] of [['photo', 'photoSent', 'KTP_COPY'], ['photoKk', 'photoKkSent', 'KK_COPY']]) {
    if (record[blob] && !record[sent]) {
      const answer = await api('wrse/applications/' + record.serverId + '/documents/' + kind + '/scan',
        { method: 'PUT', body: record[blob], headers: { 'Content-Type': 'image/jpeg' } });
      if (answer.status !== 200) {
        refused(record, answer);
        return;
      }
      record[sent] = true;
      await put('outbox', record);
    }
  }
  // A submission whose answer was lost is not sent again: the server's decision is read instead.
  const now = await api('wrse/applications/' + record.serverId);
  if (now.status === 200 && now.body.decisions && now.body.decisions.length) {
    record.result = screening(now.body);
  } else {
    const answer = await api('wrse/applications/' + record.serverId + '/submission', { method: 'POST', json: {} });
    if (answer.status !== 200) {
      refused(record, answer);
      return;
    }
    record.result = screening(answer.body);
  }
  record.state = 'DONE';
  record.payload = Object.assign({}, record.payload, { nik: record.payload.nik.slice(0, 4) + '********' + record.payload.nik.slice(12) });
  delete record.photo;
  delete record.photoKk;
}

async function sendSheet(record) {
  record.state = 'SENDING';
  await put('outbox', record);
  const rows = record.rows.map((r) => ({ loanId: r.loanId, key: r.key, amount: r.amount, receiptNo: r.receiptNo, attendance: r.attendance }));
  const answer = await api('kubp/collection-sheets/' + record.sheetId + '/postings', { method: 'POST', json: { rows } });
  if (answer.status !== 201 && answer.status !== 200) {
    refused(record, answer);
    return;
  }
  record.result = { posted: answer.body.posted, replayed: answer.body.replayed };
  record.state = 'DONE';
  try {
    const sheet = await api('kubp/collection-sheets/' + record.sheetId);
    if (sheet.status === 200) await put('sheets', sheet.body);
  } catch (e) { /* the posting stands; the sheet is read again next time */ }
}

async function sync() {
  if (syncing) return;
  if (!session) return needSignIn(t('expired'));
  syncing = true;
  $('sync').disabled = true;
  $('sync-msg').textContent = t('syncing');
  let done = 0;
  try {
    const records = (await all('outbox')).filter((r) => ['PENDING', 'SENDING', 'RECORDED'].includes(r.state))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const record of records) {
      try {
        if (record.kind === 'application') await sendApplication(record); else await sendSheet(record);
      } catch (e) {
        // Refused for the token: nothing reached the records, so it simply waits. Offline: it may have
        // arrived, so it stays SENDING and the next sync asks again with the same key.
        if (e instanceof SignInNeeded && record.state === 'SENDING') record.state = 'PENDING';
        throw e;
      } finally {
        await put('outbox', record);
        renderOutbox();
      }
      if (record.state === 'DONE') done++;
    }
    const left = (await all('outbox')).filter((r) => r.state !== 'DONE').length;
    $('sync-msg').textContent = t('syncDone', { done, left });
  } catch (e) {
    if (e instanceof SignInNeeded) {
      $('sync-msg').textContent = '';
      await needSignIn(t('expired'));
    } else if (e instanceof Offline) {
      $('sync-msg').textContent = t('syncOffline');
    } else {
      throw e;
    }
  } finally {
    syncing = false;
    $('sync').disabled = false;
    renderOutbox();
  }
}

async function renderOutbox() {
  const records = (await all('outbox')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const list = $('outbox');
  if (!records.length) {
    list.replaceChildren(el('li', { text: t('nothing') }));
    return;
  }
  list.replaceChildren(...records.map((r) => {
    const li = el('li', { class: 'state-' + r.state, 'data-state': r.state, 'data-kind': r.kind, id: 'rec-' + r.id },
      el('strong', { text: t(r.kind) + ': ' + r.label }), el('br'), el('span', { class: 'state', text: t('st' + r.state) }));
    if (r.message) li.append(el('p', { class: 'err', text: r.message }));
    if (r.errors && r.errors.length) {
      li.append(el('ul', {}, ...r.errors.map((e) => el('li', { class: 'err', text: t('field') + ' ' + e.field + ': ' + e.message }))));
    }
    if (r.reasons && r.reasons.length) li.append(el('ul', {}, ...r.reasons.map((x) => el('li', { class: 'err', text: x }))));
    if (r.result && r.kind === 'application') {
      li.append(el('p', { class: 'result', text: t('decision') + ': ' + t(r.result.decision) + ' (' + t('score') + ' ' + r.result.priorityScore + ')'
        + (r.photoSent ? ' · ' + t('photoSent') : '') + (r.photoKkSent ? ' · ' + t('photoKkSent') : '') }),
      el('ul', {}, ...r.result.criteria.map((c) => el('li', { class: 'muted', text: t(c.outcome) + ' — ' + (lang === 'id' ? c.id : c.en) }))));
    }
    if (r.result && r.kind === 'sheet') li.append(el('p', { class: 'result', text: t('posted', r.result) }));
    if (r.state === 'REFUSED' || r.state === 'CONFLICT') {
      if (r.kind === 'application') {
        const fix = el('button', { type: 'button', text: t('edit') });
        fix.addEventListener('click', () => editApplication(r));
        li.append(fix, ' ');
      } else {
        const retry = el('button', { type: 'button', text: t('edit') });
        retry.addEventListener('click', () => show('sheets'));
        li.append(retry, ' ');
      }
      const discard = el('button', { type: 'button', class: 'danger', text: t('discard') });
      discard.addEventListener('click', async () => {
        if (confirm(t('confirmDiscard'))) {
          await del('outbox', r.id);
          renderOutbox();
        }
      });
      li.append(discard);
    }
    return li;
  }));
}

/* ---------- start ---------- */
async function start() {
  translate();
  $('lang').addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
    localStorage.setItem('berdaya.field.lang', lang);
    translate();
    if (!$('view-outbox').hidden) renderOutbox();
    if (!$('view-sheets').hidden) renderSheets();
    if (!$('view-candidates').hidden) renderCandidates();
  });
  $('signin').addEventListener('submit', signIn);
  $('signout').addEventListener('click', signOut);
  $('intake').addEventListener('submit', saveApplication);
  $('f-photo').addEventListener('change', choosePhoto);
  $('f-photoKk').addEventListener('change', choosePhoto);
  $('cand-download').addEventListener('submit', downloadCandidates);
  $('sheet-download').addEventListener('submit', downloadSheet);
  $('sync').addEventListener('click', sync);
  document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  addEventListener('online', showNetwork);
  addEventListener('offline', showNetwork);
  $('f-applicationDate').value = today();
  $('s-date').value = today();
  $('f-birthDate').max = today();
  $('f-applicationDate').max = today();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(() => { /* the app still works online */ });
    navigator.serviceWorker.ready.then(() => {
      const mark = () => { document.body.dataset.ready = String(!!navigator.serviceWorker.controller); showNetwork(); };
      mark();
      navigator.serviceWorker.addEventListener('controllerchange', mark);
    });
  }
  session = await kvGet('session');
  await fillSelects();
  if (session) {
    signedIn();
    show('intake');
    if (new Date(session.expiresAt) <= new Date()) $('sync-msg').textContent = t('expired');
  } else {
    needSignIn((await all('outbox')).length ? t('expired') : t('noSignIn'));
  }
  document.body.dataset.started = 'true';
}

start();
