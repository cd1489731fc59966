// Rejecting with a plain object crashes with ERR_UNHANDLED_REJECTION; the reason is shown as "#<Object>".
new Promise((_, reject) => reject({ code: 'E_CUSTOM', detail: [1, 2] }));
console.log('main done');
