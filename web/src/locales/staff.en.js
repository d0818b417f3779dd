export default { staff: {} }
