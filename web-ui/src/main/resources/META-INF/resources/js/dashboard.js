// Draws the dashboard's charts from the numbers the page also shows in its tables.
document.addEventListener("DOMContentLoaded", () => {
  const holder = document.getElementById("charts");
  if (!holder || typeof Chart === "undefined") {
    return;
  }
  const data = JSON.parse(holder.dataset.charts);
  const colours = { HTXSNV: "#1e6b35", HTTNV: "#1a5fb4", HTNV: "#b58100", KHTNV: "#a3161a", NO_TASK_DATA: "#8a96a3", ON_LEAVE: "#c4ccd4" };
  const series = (rows) => data.codes.map((code, i) => ({
    label: data.levels[i],
    data: rows.map((counts) => counts[i]),
    backgroundColor: colours[code],
  }));
  // the levels' Vietnamese names under their bars, three words a line
  const wrapped = (text) => text.match(/\S+(\s+\S+){0,2}/g);
  const stacked = { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } };
  const options = { responsive: true, maintainAspectRatio: false, animation: false };

  new Chart(document.getElementById("levels-chart"), {
    type: "bar",
    data: {
      labels: data.levels.map(wrapped),
      datasets: [{ label: "Số công chức", data: data.month, backgroundColor: data.codes.map((c) => colours[c]) }],
    },
    options: { ...options, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  new Chart(document.getElementById("units-chart"), {
    type: "bar",
    data: { labels: data.units.names, datasets: series(data.units.counts) },
    options: { ...options, indexAxis: "y", scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } },
  });
  new Chart(document.getElementById("trend-chart"), {
    type: "bar",
    data: { labels: data.trend.months, datasets: series(data.trend.counts) },
    options: { ...options, scales: stacked },
  });
});
