'use strict';
// The contract suite: drives onbehalf-server with the official OrderCloud SDK the way a storefront
// (as a buyer, through an impersonation token) and an admin app would, and checks every object the
// server returns against the SDK's TypeScript model definitions (see typings.js for the rule).
process.env.NO_PROXY = '127.0.0.1,localhost';
process.env.no_proxy = process.env.NO_PROXY;

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const sdk = require('ordercloud-javascript-sdk');
const { loadModels, checkModel, checkListPage } = require('./typings');
const { startServer } = require('./server');

const CLIENT_ID = '0FF1CE00-DE5C-4000-8000-000000000001'; // "Service Desk" in the demo seed
const PASSWORD = 'Onbehalf#2026';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ordercloud');
const models = loadModels();
// OAuth 2.0 (RFC 6749 5.1) leaves refresh_token out when none is granted; OrderCloud does the same.
const STRICT = { tolerant: false, mayBeAbsent: ['AccessToken.refresh_token'] };

function conforms(value, model) {
  const problems = [];
  checkModel(models, value, model, model, STRICT, problems);
  assert.deepEqual(problems, [], `${model} does not match the SDK typings`);
}

function conformsList(page, model) {
  const problems = [];
  checkListPage(models, page, model, `ListPage<${model}>`, STRICT, problems);
  assert.deepEqual(problems, [], `ListPage<${model}> does not match the SDK typings`);
  assert.ok(page.Items.length > 0, `ListPage<${model}> is empty: nothing was checked`);
}

// An SDK error names the request it answered, so a failure says which call broke.
function explain(promise) {
  return promise.catch((e) => {
    const req = e.response && e.response.config ? `${e.response.config.method} ${e.response.config.url}` : '';
    throw new Error(`${req}: ${e.status || ''} ${JSON.stringify(e.errors || e.message)}`);
  });
}

let server;
let admin; // admin01's token: marketplace administration
let agent; // agent01's token: BuyerImpersonation

test.before(async () => {
  server = startServer();
  const base = await server.ready;
  sdk.Configuration.Set({ baseApiUrl: base, apiVersion: 'v1', clientID: CLIENT_ID, timeoutInMilliseconds: 20000 });
  admin = await explain(sdk.Auth.Login('admin01', PASSWORD, CLIENT_ID));
  agent = await explain(sdk.Auth.Login('agent01', PASSWORD, CLIENT_ID));
});

test.after(async () => {
  if (server) await server.stop();
});

test('the checker itself fails for real on a missing field, a null required field and a wrong type', () => {
  const me = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'MeUser-buyer-with-locale.json'), 'utf8'));
  const problemsOf = (value) => { const p = []; checkModel(models, value, 'MeUser', 'MeUser', STRICT, p); return p; };
  assert.deepEqual(problemsOf(me), []);
  assert.match(problemsOf({ ...me, Locale: 'en-US' }).join('\n'), /MeUser\.Locale: expected a Locale object/);
  const { LastActive, ...withoutLastActive } = me;
  assert.match(problemsOf(withoutLastActive).join('\n'), /MeUser\.LastActive: missing/);
  assert.match(problemsOf({ ...me, Locale: { ...me.Locale, Currency: null } }).join('\n'), /Locale\.Currency: null/);
  assert.match(problemsOf({ ...me, xp: null }).join('\n'), /xp must be an object/);
  assert.match(problemsOf({ ...me, DateCreated: '26/11/2026' }).join('\n'), /not an ISO 8601 date/);
  const order = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'Order-awaiting-approval.json'), 'utf8'));
  const p = []; checkModel(models, { ...order, Status: 'Pending', Total: '1.00' }, 'Order', 'Order', STRICT, p);
  assert.match(p.join('\n'), /Order\.Status: "Pending" is not one of/);
  assert.match(p.join('\n'), /Order\.Total: expected number/);
});

test('every fixture is shaped as the SDK typings say (tolerant: optional fields may be absent)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 14);
  for (const file of files) {
    const value = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    const [first, second] = file.replace(/\.json$/, '').split('-');
    const problems = [];
    if (first === 'ListPage') checkListPage(models, value, second, file, { tolerant: true }, problems);
    else checkModel(models, value, first, file, { tolerant: true }, problems);
    assert.deepEqual(problems, [], file);
  }
});

test('sign-in answers are AccessTokens', () => {
  conforms(admin, 'AccessToken');
  conforms(agent, 'AccessToken');
});

test('admin app: buyers, users, groups, admin users, security, clients, impersonation configs', async () => {
  const opts = { accessToken: admin.access_token };
  const buyers = await explain(sdk.Buyers.List({ pageSize: 100 }, opts));
  conformsList(buyers, 'Buyer');
  conforms(await explain(sdk.Buyers.Get('NORTHWIND', opts)), 'Buyer');

  const users = await explain(sdk.Users.List('NORTHWIND', { pageSize: 50 }, opts));
  conformsList(users, 'User');
  assert.ok(users.Items.some((u) => u.Locale !== null && typeof u.Locale === 'object'), 'no user with a Locale object');
  conforms(await explain(sdk.Users.Get('NORTHWIND', 'NW-0001', opts)), 'User');
  conformsList(await explain(sdk.Users.List('NORTHWIND', { search: 'doe', searchOn: ['LastName'] }, opts)), 'User');

  // GET /v1/buyerusers (Users.ListAcrossBuyers): users of every buyer, as the desk's search reads them.
  const across = await explain(sdk.Users.ListAcrossBuyers({ search: 'doe', pageSize: 20 }, { accessToken: agent.access_token }));
  conformsList(across, 'User');
  assert.ok(across.Items.some((u) => u.Username === 'jane.doe'));
  conformsList(await explain(sdk.UserGroups.List('NORTHWIND', {}, opts)), 'UserGroup');
  conformsList(await explain(sdk.AdminUsers.List({}, opts)), 'User');
  conformsList(await explain(sdk.SecurityProfiles.List({}, opts)), 'SecurityProfile');
  conformsList(await explain(sdk.ApiClients.List({}, opts)), 'ApiClient');
  conforms(await explain(sdk.ApiClients.Get(CLIENT_ID, opts)), 'ApiClient');
  conformsList(await explain(sdk.ImpersonationConfigs.List({}, opts)), 'ImpersonationConfig');
  conformsList(await explain(sdk.Catalogs.List({}, opts)), 'Catalog');
  conformsList(await explain(sdk.Products.List({ pageSize: 100 }, opts)), 'Product');
  conformsList(await explain(sdk.PriceSchedules.List({ pageSize: 100 }, opts)), 'PriceSchedule');

  const me = await explain(sdk.Me.Get(opts));
  conforms(me, 'MeUser');
  assert.equal(me.Buyer, null);
  assert.ok(me.Seller && typeof me.Seller.ID === 'string', 'an admin user belongs to the seller');
});

test('admin app: what it creates comes back whole', async () => {
  const opts = { accessToken: admin.access_token };
  const buyer = await explain(sdk.Buyers.Create({ ID: 'CONTRACT', Name: 'Contract Co', Active: true }, opts));
  conforms(buyer, 'Buyer');
  const group = await explain(sdk.UserGroups.Create('CONTRACT', { Name: 'Unit' }, opts));
  conforms(group, 'UserGroup');
  const user = await explain(sdk.Users.Create('CONTRACT', {
    ID: 'contract-user', Username: 'contract.user', FirstName: 'Con', LastName: 'Tract',
    Email: 'contract@example.com', Active: true, Password: 'Contract#2026x',
  }, opts));
  conforms(user, 'User');
  assert.equal(user.Password, null);
  conforms(await explain(sdk.Users.Patch('CONTRACT', 'contract-user', { xp: { Tier: 'Gold' } }, opts)), 'User');

  const schedule = await explain(sdk.PriceSchedules.Create({
    ID: 'PS-CONTRACT', Name: 'Contract', MinQuantity: 1, Currency: 'USD',
    PriceBreaks: [{ Quantity: 1, Price: 10.12345, SalePrice: 7.5 }],
    SaleStart: '2020-01-01T00:00:00+00:00', SaleEnd: '2999-01-01T00:00:00+00:00',
  }, opts));
  conforms(schedule, 'PriceSchedule');
  assert.equal(schedule.IsOnSale, true);
  assert.equal(schedule.PriceBreaks[0].Price, 10.1234, 'prices are kept in 1/10,000, rounded half-even');
  const product = await explain(sdk.Products.Create({ ID: 'P-CONTRACT', Name: 'Contract product', DefaultPriceScheduleID: 'PS-CONTRACT', Active: true }, opts));
  conforms(product, 'Product');
  conforms(await explain(sdk.Catalogs.Create({ ID: 'C-CONTRACT', Name: 'Contract catalog' }, opts)), 'Catalog');
  const profile = await explain(sdk.SecurityProfiles.Create({ ID: 'sp-contract', Name: 'Contract', Roles: ['Shopper'] }, opts));
  conforms(profile, 'SecurityProfile');
  conforms(await explain(sdk.ImpersonationConfigs.Create({
    ID: 'ic-contract', BuyerID: 'CONTRACT', SecurityProfileID: 'sp-contract', ClientID: CLIENT_ID,
  }, opts)), 'ImpersonationConfig');
});

test('storefront as the buyer (impersonation): me, products, addresses, cart, submit', async () => {
  const token = await explain(sdk.Users.GetAccessToken('NORTHWIND', 'NW-0001', {
    ClientID: CLIENT_ID, Roles: ['Shopper', 'MeAdmin', 'MeAddressAdmin', 'MeXpAdmin'],
  }, { accessToken: agent.access_token }));
  conforms(token, 'AccessToken');
  const opts = { accessToken: token.access_token };

  const me = await explain(sdk.Me.Get(opts));
  conforms(me, 'MeUser');
  assert.equal(me.Buyer.ID, 'NORTHWIND');
  assert.equal(typeof me.Locale, 'object');
  assert.equal(me.Locale.Currency, 'USD', 'jane.doe has a Locale object in the demo seed');

  const products = await explain(sdk.Me.ListProducts({ pageSize: 20 }, opts));
  conformsList(products, 'BuyerProduct');
  const product = products.Items.find((p) => p.PriceSchedule && p.PriceSchedule.MinQuantity === 1);
  conforms(await explain(sdk.Me.GetProduct(product.ID, {}, opts)), 'BuyerProduct');

  const addresses = await explain(sdk.Me.ListAddresses({}, opts));
  conformsList(addresses, 'BuyerAddress');
  const address = await explain(sdk.Me.CreateAddress({
    AddressName: 'Contract dock', Street1: '1 Contract Way', City: 'Seattle', State: 'WA', Zip: '98101', Country: 'US',
    Shipping: true, Billing: false,
  }, { accessToken: token.access_token }));
  conforms(address, 'BuyerAddress');

  const order = await explain(sdk.Orders.Create('Outgoing', { Comments: 'contract' }, opts));
  conforms(order, 'Order');
  const line = await explain(sdk.LineItems.Create('Outgoing', order.ID, { ProductID: product.ID, Quantity: 2 }, opts));
  conforms(line, 'LineItem');
  conformsList(await explain(sdk.LineItems.List('Outgoing', order.ID, {}, opts)), 'LineItem');
  conforms(await explain(sdk.LineItems.Patch('Outgoing', order.ID, line.ID, { Quantity: 3 }, opts)), 'LineItem');
  conforms(await explain(sdk.Orders.Patch('Outgoing', order.ID, { ShippingAddressID: address.ID }, opts)), 'Order');
  const submitted = await explain(sdk.Orders.Submit('Outgoing', order.ID, opts));
  conforms(submitted, 'Order');
  assert.equal(submitted.Status, 'Open');
  assert.equal(submitted.IsSubmitted, true);
  conforms(submitted.FromUser, 'OrderUser');

  conformsList(await explain(sdk.Me.ListOrders({}, opts)), 'Order');
  conforms(await explain(sdk.Orders.Get('Outgoing', order.ID, opts)), 'Order');
  // The agent (OrderReader) sees it as an incoming order.
  conformsList(await explain(sdk.Orders.List('Incoming', { filters: { FromUserID: 'NW-0001' } }, { accessToken: agent.access_token })), 'Order');
});

test('admin app: assignment lists', async () => {
  const opts = { accessToken: admin.access_token };
  conformsList(await explain(sdk.Catalogs.ListAssignments({}, opts)), 'CatalogAssignment');
  conformsList(await explain(sdk.Catalogs.ListProductAssignments({ pageSize: 100 }, opts)), 'ProductCatalogAssignment');
  conformsList(await explain(sdk.UserGroups.ListUserAssignments('NORTHWIND', {}, opts)), 'UserGroupAssignment');
  conformsList(await explain(sdk.SecurityProfiles.ListAssignments({}, opts)), 'SecurityProfileAssignment');
});

// The server applies SalePrice only while the schedule's sale window holds, and says so.
test('a sale price only inside its window', async () => {
  const opts = { accessToken: admin.access_token };
  const windows = {
    open: ['2020-01-01T00:00:00+00:00', '2999-01-01T00:00:00+00:00'],
    ended: ['2020-01-01T00:00:00+00:00', '2021-01-01T00:00:00+00:00'],
    future: ['2998-01-01T00:00:00+00:00', null],
    none: [null, null],
  };
  for (const [name, [start, end]] of Object.entries(windows)) {
    const ps = await explain(sdk.PriceSchedules.Create({
      ID: `PS-SALE-${name}`, Name: `Sale ${name}`, MinQuantity: 1, Currency: 'USD',
      PriceBreaks: [{ Quantity: 1, Price: 20.25, SalePrice: 15.5 }], SaleStart: start, SaleEnd: end,
    }, opts));
    conforms(ps, 'PriceSchedule');
    assert.equal(ps.IsOnSale, name === 'open', `IsOnSale for the ${name} window`);
    await explain(sdk.Products.Create({ ID: `P-SALE-${name}`, Name: `Sale ${name}`, DefaultPriceScheduleID: ps.ID, Active: true }, opts));
    await explain(sdk.Catalogs.SaveProductAssignment({ CatalogID: 'NORTHWIND', ProductID: `P-SALE-${name}` }, opts));
  }
  const token = await explain(sdk.Users.GetAccessToken('NORTHWIND', 'NW-0001', {
    ClientID: CLIENT_ID, Roles: ['Shopper', 'MeAdmin', 'MeAddressAdmin', 'MeXpAdmin'],
  }, { accessToken: agent.access_token }));
  const buyer = { accessToken: token.access_token };
  const order = await explain(sdk.Orders.Create('Outgoing', {}, buyer));
  for (const name of Object.keys(windows)) {
    const product = await explain(sdk.Me.GetProduct(`P-SALE-${name}`, {}, buyer));
    conforms(product, 'BuyerProduct');
    assert.equal(product.PriceSchedule.IsOnSale, name === 'open');
    const line = await explain(sdk.LineItems.Create('Outgoing', order.ID, { ProductID: `P-SALE-${name}`, Quantity: 2 }, buyer));
    conforms(line, 'LineItem');
    assert.equal(line.UnitPrice, name === 'open' ? 15.5 : 20.25, `unit price in the ${name} window`);
    assert.equal(line.LineSubtotal, name === 'open' ? 31 : 40.5);
    assert.equal(line.IsOnSale, name === 'open');
    assert.equal(line.PriceScheduleID, `PS-SALE-${name}`);
  }
  const priced = await explain(sdk.Orders.Get('Outgoing', order.ID, buyer));
  assert.equal(priced.Subtotal, 31 + 40.5 * 3);
});
