# The reviewer console.

console-title = Heard console
console-heading = Reviewer console
console-coming = Reviewer sign-in comes in the next version. Nothing can be read here yet.
