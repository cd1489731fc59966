throw new Error('plugin broke again');
