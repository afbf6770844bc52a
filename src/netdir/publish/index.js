"use strict";
// Every scraped value is inserted with textContent: the page never parses data as HTML.
(function () {
  const data = JSON.parse(document.getElementById("netdir-data").textContent);
  const offerings = data.offerings;
  // Labels come from netdir.publish.labels, so the page and the calendar say the same.
  const labels = JSON.parse(document.getElementById("netdir-labels").textContent);
  const KIND = labels.kind, FORMAT = labels.format, STATUS = labels.status;
  // The day the overview was published (Berlin): "kommend" is counted from there.
  const info = JSON.parse(document.getElementById("netdir-page").textContent);
  const TODAY = info.today, SOURCE_NAMES = info.sourceNames || {};
  const VAGUE = new Set(["season", "year"]);  // "KGSt-FORUM 2026": a date still to be announced
  const GROUPS = ["Kommende Termine", "Termin steht noch nicht fest", "Angebote ohne festen Termin", "Vergangen"];
  const COARSE = new Set(["week", "month", "season", "year"]);  // date_precision too vague for a day
  const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
  const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

  function fold(text) {
    return String(text || "").toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function safeUrl(value) {
    // Only web links: a scraped "javascript:" URL must never become a link.
    try {
      const url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }
  function germanDay(iso) {
    const [y, m, d] = iso.slice(0, 10).split("-");
    return d + "." + m + "." + y;
  }
  function showDate(iso) {
    return iso.length > 10 ? TIME.format(new Date(iso)) + " Uhr" : germanDay(iso);
  }
  function when(o) {
    if (!o.start) return o.date_text || "Termin offen";
    const p = o.date_precision;
    if (COARSE.has(p)) {
      if (o.date_text) return o.date_text;
      if (p === "year") return o.start.slice(0, 4);
      return MONTHS[Number(o.start.slice(5, 7)) - 1] + " " + o.start.slice(0, 4);
    }
    let text = showDate(o.start);
    if (!o.end || o.end === o.start) return text;
    const sameDay = o.start.length > 10 && o.end.length > 10 && TIME.format(new Date(o.start)).slice(0, 10) === TIME.format(new Date(o.end)).slice(0, 10);
    // "03.12.2026, 16:00–17:00 Uhr" rather than repeating the day.
    return sameDay ? text.replace(" Uhr", "") + "–" + TIME.format(new Date(o.end)).slice(-5) + " Uhr" : text + " – " + showDate(o.end);
  }
  function monthsOf(o) {
    if (!o.start) return [];
    const first = o.start.slice(0, 7), last = (o.end || o.start).slice(0, 7);
    const months = [];
    let [y, m] = first.split("-").map(Number);
    while (months.length < 36) {
      const key = y + "-" + String(m).padStart(2, "0");
      months.push(key);
      if (key >= last) break;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }
  function monthLabel(key) {
    return MONTHS[Number(key.slice(5, 7)) - 1] + " " + key.slice(0, 4);
  }

  for (const o of offerings) {
    o._months = monthsOf(o);
    o._text = fold([o.title, o.description, o.organizer, o.venue, o.city, o.state, o.kind, KIND[o.kind], FORMAT[o.format], o.date_text, (o.topics || []).join(" "), (o.audience || []).join(" ")].join(" "));
  }
  function lastDay(o) {
    const last = o.end || o.start;
    if (!last) return null;
    return last.length > 10 ? new Date(last).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" }) : last.slice(0, 10);
  }
  // Upcoming dated ones first, then those whose date is still to be announced, then undated
  // offerings (communities, platforms), past ones last.
  function groupOf(o) {
    const last = lastDay(o);
    // A recurring offering (RRULE) repeats: its next date may lie after the last refresh.
    if (o.status === "past" || (last && last < TODAY && !o.recurrence)) return 3;
    if (!o.start) return 2;
    return VAGUE.has(o.date_precision) ? 1 : 0;
  }
  for (const o of offerings) o._group = groupOf(o);
  // "Herbst 2027" sorts by its last day: it is not more urgent than a dated event in October.
  const sortDay = (o) => String((COARSE.has(o.date_precision) && o.end) || o.start);
  offerings.sort((a, b) => a._group - b._group || sortDay(a).localeCompare(sortDay(b)) || String(a.title).localeCompare(String(b.title), "de"));

  const controls = {
    kind: { el: document.getElementById("kind"), all: "Alle Arten", values: (o) => [o.kind], label: (v) => KIND[v] || v },
    format: { el: document.getElementById("format"), all: "Alle Formate", values: (o) => [o.format], label: (v) => FORMAT[v] || v },
    state: { el: document.getElementById("state"), all: "Alle Bundesländer", values: (o) => [o.state], label: (v) => v },
    topic: { el: document.getElementById("topic"), all: "Alle Themen", values: (o) => o.topics || [], label: (v) => v },
    month: { el: document.getElementById("month"), all: "Alle Monate", values: (o) => o._months, label: monthLabel },
  };
  for (const [name, c] of Object.entries(controls)) {
    const values = new Set();
    for (const o of offerings) {
      // Past offerings stay searchable, but their months would bury the coming ones; a season
      // or year is no month.
      if (name === "month" && (o._group === 3 || o._group === 1)) continue;
      for (const v of c.values(o)) if (v) values.add(v);
    }
    const sorted = [...values].sort((a, b) => name === "month" ? a.localeCompare(b) : String(c.label(a)).localeCompare(String(c.label(b)), "de"));
    c.el.append(new Option(c.all, ""));
    for (const v of sorted) c.el.append(new Option(c.label(v), v));
  }
  if (controls.month) {
    const month = controls.month;
    const values = month.values;
    month.values = (o) => (o._group === 1 ? [] : values(o));
  }

  const list = document.getElementById("offerings");
  const count = document.getElementById("count");
  const search = document.getElementById("q");
  const upcoming = document.getElementById("upcoming");

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function link(href, text) {
    const url = href ? safeUrl(href) : null;
    if (!url) return document.createTextNode(String(text));
    const a = el("a", null, text);
    a.href = url;
    a.rel = "noopener noreferrer";
    return a;
  }
  function item(o) {
    const li = el("li", "offering" + (o.status === "cancelled" ? " cancelled" : ""));
    li.dataset.id = o.id;
    const h2 = el("h2");
    const title = link(o.url, o.title);
    if (title.nodeType === Node.TEXT_NODE) {
      h2.append(el("span", "title", o.title));
    } else {
      title.className = "title";
      h2.append(title);
    }
    if (STATUS[o.status]) h2.append(el("span", "badge", STATUS[o.status]));
    li.append(h2);
    const meta = el("p", "meta");
    const time = el("time", "when", when(o));
    if (o.start) time.dateTime = o.start;
    meta.append(time);
    const place = [o.venue, o.city].filter(Boolean).join(", ");
    for (const part of [KIND[o.kind] || o.kind, FORMAT[o.format], place, o.state]) if (part) meta.append(" · " + part);
    li.append(meta);
    if (o.organizer) li.append(el("p", "meta", "Veranstalter: " + o.organizer));
    if (o.description) li.append(el("p", "description", o.description.length > 400 ? o.description.slice(0, 400) + " …" : o.description));
    if ((o.topics || []).length) {
      const topics = el("p", "topics");
      for (const t of o.topics) topics.append(el("span", "topic", t));
      li.append(topics);
    }
    const sources = el("p", "sources", "Quellen: ");
    (o.sources || []).forEach((s, i) => {
      if (i) sources.append(", ");
      const name = SOURCE_NAMES[s.source_id] || s.source_id;
      sources.append(s.url ? link(s.url, name) : document.createTextNode(name));
    });
    li.append(sources);
    return li;
  }

  const items = new Map(offerings.map((o) => [o, item(o)]));
  const FILTERS = ["kind", "format", "state", "topic", "month"];

  // Filters live in the address (#state=Bayern&topic=KI), so a filtered view can be shared.
  function readAddress() {
    const params = new URLSearchParams(location.hash.slice(1));
    search.value = params.get("q") || "";
    for (const name of FILTERS) {
      const value = params.get(name) || "";
      const c = controls[name];
      c.el.value = [...c.el.options].some((option) => option.value === value) ? value : "";
    }
    upcoming.checked = params.get("alle") !== "1";
  }
  function writeAddress() {
    const params = new URLSearchParams();
    if (search.value) params.set("q", search.value);
    for (const name of FILTERS) if (controls[name].el.value) params.set(name, controls[name].el.value);
    if (!upcoming.checked) params.set("alle", "1");
    const hash = params.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function matches(o, words, skip) {
    if (upcoming.checked && o._group === 3) return false;
    if (!words.every((w) => o._text.includes(w))) return false;
    return FILTERS.every((name) => name === skip || !controls[name].el.value || controls[name].values(o).includes(controls[name].el.value));
  }
  function updateCounts(words) {
    // Facet counts: how many offerings each choice would show, given the other filters.
    for (const name of FILTERS) {
      const c = controls[name];
      const counts = new Map();
      for (const o of offerings) {
        if (!matches(o, words, name)) continue;
        for (const v of new Set(c.values(o))) if (v) counts.set(v, (counts.get(v) || 0) + 1);
      }
      for (const option of c.el.options) {
        if (!option.value) continue;
        const n = counts.get(option.value) || 0;
        option.textContent = c.label(option.value) + " (" + n + ")";
      }
    }
  }
  function render() {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    const visible = offerings.filter((o) => matches(o, words, null));
    const nodes = [];
    let group = -1;
    for (const o of visible) {
      if (o._group !== group) {
        group = o._group;
        nodes.push(el("li", "group", GROUPS[group]));
      }
      nodes.push(items.get(o));
    }
    list.replaceChildren(...nodes);
    if (!visible.length) list.append(el("li", "empty", "Keine Angebote gefunden."));
    count.textContent = visible.length + " von " + offerings.length + " Angeboten";
    updateCounts(words);
  }
  function changed() {
    writeAddress();
    render();
  }

  // Served over http(s), the calendar links become webcal:// subscriptions of this address.
  if (location.protocol === "http:" || location.protocol === "https:") {
    const folder = location.host + location.pathname.replace(/[^/]*$/, "");
    for (const a of document.querySelectorAll("a.subscribe")) {
      if (!a.href.startsWith("webcal:")) a.href = "webcal://" + folder + a.dataset.file;
    }
  }

  const stand = new Date(data.generated_at);
  document.getElementById("stand").textContent = "Stand: " + TIME.format(stand) + " Uhr · " + offerings.length + " Angebote";
  search.addEventListener("input", changed);
  upcoming.addEventListener("change", changed);
  for (const c of Object.values(controls)) c.el.addEventListener("change", changed);
  window.addEventListener("hashchange", () => { readAddress(); render(); });
  document.getElementById("filters").addEventListener("reset", () => setTimeout(() => { upcoming.checked = true; changed(); }, 0));
  document.getElementById("filters").addEventListener("submit", (e) => e.preventDefault());
  readAddress();
  render();
})();
