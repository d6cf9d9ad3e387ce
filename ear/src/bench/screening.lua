-- wrk script: the stateless WRSE screening POST with the Authorization header in BERDAYA_AUTHORIZATION
-- (HTTP Basic of petugas:demo by default).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BERDAYA_AUTHORIZATION") or "Basic cGV0dWdhczpkZW1v"
wrk.body = '{"nik":"6402054501850001","kkNumber":"6402050101850001","fullName":"Siti Aminah","sex":"F","birthDate":"1985-01-05","maritalStatus":"WIDOWED","regencyCode":"6402","districtCode":"640205","village":"Loa Janan Ilir","registries":[{"name":"P3KE","decile":1}],"hasBusiness":true,"businessField":"CULINARY","mainBreadwinner":true,"priorSkillsTraining":false}'

