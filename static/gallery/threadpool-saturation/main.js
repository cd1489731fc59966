// Watch the thread pool: jobs #1-#4 are long pbkdf2 hashes and fill all 4 default workers.
// Job #5 needs only 1 iteration, yet it sits in the queue until one of the long jobs frees a worker.
const crypto = require('crypto');
const start = performance.now();
const finished = [];

function job(id, iterations) {
  crypto.pbkdf2('secret', 'salt', iterations, 64, 'sha512', () => {
    finished.push({ id, ms: performance.now() - start });
    if (finished.length === 5) report();
  });
}
for (let id = 1; id <= 4; id++) job(id, 80000); // long: tens of milliseconds each
job(5, 1);                                      // tiny: microseconds of work
console.log('queued 4 long jobs and 1 tiny job on', process.env.UV_THREADPOOL_SIZE || '4', 'workers');

function report() {
  const tiny = finished.find((f) => f.id === 5);
  const firstLong = Math.min(...finished.filter((f) => f.id !== 5).map((f) => f.ms));
  const firstWave = tiny.ms < firstLong / 2; // done well before any long job => it never waited
  console.log('first callback was the tiny job #5:', finished[0].id === 5);
  console.log('pbkdf2 #5 finished in the first wave:', firstWave);
  console.log('pbkdf2 #5 finished in the second wave:', !firstWave);
  console.log('#5 waited at least as long as a whole long job:', tiny.ms >= firstLong);
}
