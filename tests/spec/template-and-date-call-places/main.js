// Date called as a function gives the time as toString does (zone name included); an undeclared name read in
// a template's substitution on a later line is placed at the name.
const now = Date(0);
console.log(typeof now, /GMT[+-]\d{4} \(.+\)$/.test(now), now === new Date(Date.parse(now)).toString());
const user = { name: 'Ada' };
const banner = `Hello ${user.name},
  you have ${unreadCount} new messages`;
console.log(banner);
