AbortSignal.timeout(-5);
