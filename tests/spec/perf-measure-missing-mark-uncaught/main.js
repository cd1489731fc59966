performance.measure('x', 'missing-mark');
