// nothing exported
