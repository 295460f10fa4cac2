document.body.textContent = "Atenea";
