throw new Error('plugin broke');
