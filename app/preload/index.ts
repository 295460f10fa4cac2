console.log("preload");
