// Offers "Giao hằng tháng" only while the chosen catalogue item recurs; without this script it stays offered.
document.addEventListener("DOMContentLoaded", () => {
  const item = document.getElementById("planItemId");
  const choice = document.getElementById("recurring-choice");
  if (!item || !choice) {
    return;
  }
  const offer = () => {
    const recurring = item.selectedOptions[0].hasAttribute("data-recurring");
    choice.hidden = !recurring;
    if (!recurring) {
      choice.querySelector("input").checked = false;
    }
  };
  item.addEventListener("change", offer);
  offer();
});
